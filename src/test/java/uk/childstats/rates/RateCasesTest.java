package uk.childstats.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.childstats.figures.FinancialYear;

/**
 * Rates per 1,000 children worked by hand: offences × 1,000 ÷ children, to one decimal place, half up. The cases
 * tell apart half even (12.25 gives 12.2), truncation (3.479 gives 3.4) and per 100 or per 10,000.
 */
class RateCasesTest {

    @ParameterizedTest(name = "{0} offences among {1} children: {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # offences | children | rate    | working
            497        | 142842   | 3.5     | 497 offences ÷ 142,842 children × 1,000 = 3.5
            49         | 4000     | 12.3    | 49 offences ÷ 4,000 children × 1,000 = 12.3
            1          | 2000     | 0.5     | 1 offence ÷ 2,000 children × 1,000 = 0.5
            1          | 20001    | 0.0     | 1 offence ÷ 20,001 children × 1,000 = 0.0
            1          | 19999    | 0.1     | 1 offence ÷ 19,999 children × 1,000 = 0.1
            0          | 142842   | 0.0     | 0 offences ÷ 142,842 children × 1,000 = 0.0
            9          | 591      | 15.2    | 9 offences ÷ 591 children × 1,000 = 15.2
            2000       | 1000     | 2,000.0 | 2,000 offences ÷ 1,000 children × 1,000 = 2,000.0
            """)
    void perThousandChildren(long offences, long children, String rate, String working) {
        Rate r = new Rate(offences, children);
        assertTrue(r.available());
        assertEquals(rate, r.text());
        assertEquals(working, r.working());
        assertEquals(new BigDecimal(rate.replace(",", "")), r.value());
        assertEquals(r.value(), r.valueOrNull());
    }

    @Test
    void noRateWithoutBothFiguresOrWithNoChildren() {
        for (Rate r : List.of(new Rate(null, 142_842L), new Rate(5L, null), new Rate(null, null), new Rate(5L, 0L))) {
            assertFalse(r.available(), r.toString());
            assertEquals("not available", r.text());
            assertEquals("", r.working());
            assertNull(r.valueOrNull());
            assertFalse(r.fewChildren());
            assertFalse(r.rankable());
            assertThrows(IllegalStateException.class, r::value);
        }
    }

    @Test
    void fewerThan2000ChildrenIsFewAndNotRankable() {
        assertTrue(new Rate(3L, 1_999L).fewChildren());
        assertFalse(new Rate(3L, 1_999L).rankable());
        assertFalse(new Rate(3L, 2_000L).fewChildren());
        assertTrue(new Rate(3L, 2_000L).rankable());
        assertTrue(new Rate(0L, 1L).fewChildren());
    }

    @Test
    void theCensusBaseChangesAfter2020To21() {
        FinancialYear y2019 = new FinancialYear(2019);
        FinancialYear y2020 = new FinancialYear(2020);
        FinancialYear y2021 = new FinancialYear(2021);
        assertTrue(RateNotes.of(List.of(y2020, y2021), List.of()).crossesCensusBase());
        assertTrue(RateNotes.of(List.of(y2021, new FinancialYear(2014)), List.of()).crossesCensusBase());
        assertFalse(RateNotes.of(List.of(y2019, y2020), List.of()).crossesCensusBase());
        assertFalse(RateNotes.of(List.of(y2021, new FinancialYear(2022)), List.of()).crossesCensusBase());
        assertFalse(RateNotes.of(List.of(), List.of()).crossesCensusBase());
        assertTrue(RateNotes.of(List.of(y2020), List.of(new Rate(9L, 591L))).fewChildren());
        assertFalse(RateNotes.of(List.of(y2020), List.of(new Rate(9L, 5910L), new Rate(null, 591L))).fewChildren());
    }

    @Test
    void theNotesCarryTheirSentences() {
        RateNotes notes = new RateNotes(true, true);
        assertTrue(notes.populationSource().startsWith("Children aged 0 to 17: Office for National Statistics"));
        assertTrue(notes.censusBaseNote().startsWith("Population estimates to mid-2020 are based on the 2011 Census"));
        assertTrue(notes.fewChildrenWarning().startsWith("Fewer than 2,000 children live in this area"));
    }

    @Test
    void aForcesRatesByYearLeaveOutYearsWithoutAnEstimate() {
        FinancialYear y2013 = new FinancialYear(2013);
        FinancialYear y2016 = new FinancialYear(2016);
        FinancialYear y2021 = new FinancialYear(2021);
        FoiRates.OfForce rates = FoiRates.ofForce(Map.of(y2013, 300L, y2016, 497L, y2021, 600L),
                Map.of(y2016, 142_842L, y2021, 150_000L));
        assertEquals("3.5", rates.of(y2016).text());
        assertEquals("4.0", rates.of(y2021).text());
        assertEquals("not available", rates.of(y2013).text());
        // A year with no total (2014/15) has no rate, never a rate of 0.
        assertEquals("not available", rates.of(new FinancialYear(2014)).text());
        assertTrue(rates.notes().crossesCensusBase());
        assertFalse(rates.notes().fewChildren());
        // 2013/14 has a total but no estimate: it does not make the notes cross the census base on its own.
        FoiRates.OfForce before = FoiRates.ofForce(Map.of(y2013, 300L, y2021, 600L), Map.of(y2021, 150_000L));
        assertFalse(before.notes().crossesCensusBase());
    }

    @Test
    void aYearsRatesAreOnlyForAreasWithATotalThatYear() {
        FinancialYear year = new FinancialYear(2016);
        Map<String, Map<FinancialYear, Long>> totals = Map.of(
                "dorset-police", Map.of(year, 497L),
                "city-of-london-police", Map.of(year, 9L),
                "gwent-police", Map.of(new FinancialYear(2015), 300L));
        FoiRates.OfYear rates = FoiRates.ofYear(totals, Map.of("dorset-police", 142_842L,
                "city-of-london-police", 591L, "gwent-police", 120_000L), year);
        assertEquals("3.5", rates.of(area("dorset-police")).text());
        assertEquals("15.2", rates.of(area("city-of-london-police")).text());
        assertEquals("not available", rates.of(area("gwent-police")).text());
        assertEquals(2, rates.bySlug().size());
        assertTrue(rates.notes().fewChildren());
        assertFalse(rates.notes().crossesCensusBase());
        FoiRates.OfYear withoutCity = FoiRates.ofYear(Map.of("dorset-police", Map.of(year, 497L)),
                Map.of("dorset-police", 142_842L, "city-of-london-police", 591L), year);
        assertFalse(withoutCity.notes().fewChildren());
    }

    private static uk.childstats.figures.Area area(String slug) {
        return new uk.childstats.figures.Area(slug, slug, "England", true, true);
    }
}
