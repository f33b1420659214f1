package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/**
 * Year-on-year change, each case worked by hand. The per cents are chosen so that the plausible wrong versions
 * differ: half-even rounding (12.25 gives 12.2, not 12.3), truncation (66.66 gives 66.6), dividing by the later year
 * (49 ÷ 449 is 10.9%, not 12.3%).
 */
class PerCentChangeTest {

    @ParameterizedTest(name = "{0} to {1}: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # from   | to     | text                         | working
            332      | 422    | up 90 (27.1%)                | (422 − 332) ÷ 332 × 100 = 27.1%
            400      | 449    | up 49 (12.3%)                | (449 − 400) ÷ 400 × 100 = 12.3%
            400      | 351    | down 49 (12.3%)              | (351 − 400) ÷ 400 × 100 = -12.3%
            3        | 5      | up 2 (66.7%)                 | (5 − 3) ÷ 3 × 100 = 66.7%
            3        | 4      | up 1 (33.3%)                 | (4 − 3) ÷ 3 × 100 = 33.3%
            3        | 1      | down 2 (66.7%)               | (1 − 3) ÷ 3 × 100 = -66.7%
            8        | 9      | up 1 (12.5%)                 | (9 − 8) ÷ 8 × 100 = 12.5%
            2000     | 2001   | up 1 (0.1%)                  | (2,001 − 2,000) ÷ 2,000 × 100 = 0.1%
            2001     | 2000   | down 1 (0.0%)                | (2,000 − 2,001) ÷ 2,001 × 100 = 0.0%
            1000     | 12345  | up 11,345 (1,134.5%)         | (12,345 − 1,000) ÷ 1,000 × 100 = 1,134.5%
            5        | 0      | down 5 (100.0%)              | (0 − 5) ÷ 5 × 100 = -100.0%
            7        | 7      | no change                    | (7 − 7) ÷ 7 × 100 = 0.0%
            0        | 5      | up 5                         | (5 − 0) = 5
            0        | 0      | no change                    | (0 − 0) = 0
            """)
    void changeInWordsAndItsWorking(long from, long to, String text, String working) {
        YearOnYear change = new YearOnYear(from, to);
        assertEquals(to - from, change.absolute());
        assertEquals(text, change.text());
        assertEquals(working, change.working());
    }

    @ParameterizedTest(name = "{0} to {1} is {2}%")
    @CsvSource({"400, 449, 12.3", "400, 351, -12.3", "16, 19, 18.8", "16, 13, -18.8", "3, 5, 66.7", "3, 4, 33.3",
            "7, 7, 0.0", "1, 2, 100.0"})
    void perCentToOneDecimalPlaceHalfUpAwayFromZero(long from, long to, String percent) {
        assertEquals(percent, new YearOnYear(from, to).percent().orElseThrow().toPlainString());
    }

    @Test
    void noPerCentFromZero() {
        assertTrue(new YearOnYear(0, 5).percent().isEmpty());
        assertFalse(new YearOnYear(1, 5).percent().isEmpty());
    }

    private static final Source PAPER = new Source("https://paper.example/a", "A", "2019-10-01");
    private static final Source OTHER = new Source("https://other.example/b", "B", null);

    private static Cell total(int startYear, long value, Source source) {
        FinancialYear year = new FinancialYear(startYear);
        Evidence chosen = source == null ? null
                : new Evidence(value, Measure.TOTAL, year, source, "quote", null);
        return new Cell("dorset-police", year, Measure.TOTAL, value, chosen, "one source", List.of());
    }

    @Test
    void aChangeNeedsBothYears() {
        assertNull(Change.between(null, total(2016, 354, PAPER)));
        assertNull(Change.between(total(2015, 422, PAPER), null));
    }

    @Test
    void theSentenceNamesBothYearsWithTheirFigures() {
        Change change = Change.between(total(2015, 1483, PAPER), total(2016, 1200, PAPER));
        assertEquals("1,200 in 2016/17 against 1,483 in 2015/16, down 283 (19.1%)", change.sentence());
        assertEquals("down 283 (19.1%)", change.text());
        assertEquals("(1,200 − 1,483) ÷ 1,483 × 100 = -19.1%", change.working());
        assertEquals(new YearOnYear(1483, 1200), change.yearOnYear());
    }

    @Test
    void figuresFromDifferentSourcesAreSaidToBe() {
        Change differ = Change.between(total(2018, 10, PAPER), total(2019, 12, OTHER));
        assertTrue(differ.differentSources());
        assertEquals("The 2018/19 and 2019/20 figures come from different sources.", differ.sourceNote());
        Change same = Change.between(total(2018, 10, PAPER),
                total(2019, 12, new Source(PAPER.url(), "another title", null)));
        assertFalse(same.differentSources());
        assertEquals("", same.sourceNote());
    }

    @Test
    void aCellWithoutAChosenFigureIsNotSaidToComeFromADifferentSource() {
        assertFalse(Change.between(total(2018, 10, null), total(2019, 12, PAPER)).differentSources());
        assertFalse(Change.between(total(2018, 10, PAPER), total(2019, 12, null)).differentSources());
    }
}
