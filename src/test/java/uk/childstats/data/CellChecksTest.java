package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.figures.FinancialYear;

/** The checks on each line naming an FOI cell, each with the reason a reader of the import is given. */
class CellChecksTest {
    private static final FoiFile.Reference REFERENCE = new FoiFile.Reference(
            Map.of("Dorset Police", "dorset-police", "All UK forces", "all-uk-forces"),
            Map.of("Dorset Police", "England", "All UK forces", "UK"), Set.of("total_offences", "victims_under_1"));

    private static CSVRecord line(String csvLine) throws Exception {
        CSVParser parser = CsvFiles.open(new StringReader("force,year,measure,value,reason\n" + csvLine + "\n"));
        return parser.getRecords().get(0);
    }

    @Test
    void aGoodLineNamesItsCell() throws Exception {
        List<String> reasons = new ArrayList<>();
        Optional<CellChecks.NamedCell> cell = CellChecks.lineWithReason(
                line("Dorset Police,2016/17,total_offences,354,the force wrote to say so"), 5, REFERENCE,
                "say why", reasons);
        assertEquals(List.of(), reasons);
        assertEquals(new CellChecks.NamedCell("Dorset Police", "dorset-police",
                Optional.of(new FinancialYear(2016)), "total_offences", "354"), cell.orElseThrow());
    }

    @Test
    void aLineWithoutAReasonIsRefusedSayingWhyOneIsNeeded() throws Exception {
        List<String> reasons = new ArrayList<>();
        assertTrue(CellChecks.lineWithReason(line("Dorset Police,2016/17,total_offences,354,  "), 5, REFERENCE,
                "a correction must say who corrected the figure", reasons).isEmpty());
        assertEquals(List.of("reason is empty: a correction must say who corrected the figure"), reasons);
    }

    @Test
    void aLineWithTheWrongNumberOfColumnsIsRefusedBeforeAnythingElseIsRead() throws Exception {
        List<String> reasons = new ArrayList<>();
        assertTrue(CellChecks.lineWithReason(line("Nowhere,2016,total_offences,354,why"), 6, REFERENCE, "x",
                reasons).isEmpty());
        assertEquals(List.of("expected 6 columns, found 5"), reasons);
    }

    @Test
    void everyWrongColumnIsReportedAtOnce() throws Exception {
        List<String> reasons = new ArrayList<>();
        CellChecks.NamedCell cell = CellChecks.namedCell(line("Nowhere Police,2016-17,offences,\"1,483\",why"), REFERENCE,
                reasons);
        assertEquals(List.of("unknown force or aggregate 'Nowhere Police'",
                "year '2016-17' is not a financial year written like 2016/17", "unknown measure 'offences'",
                "value '1,483' is not a whole number of at most nine digits (write 1483, not 1,483)"), reasons);
        assertNull(cell.slug());
        assertTrue(cell.year().isEmpty());
        List<String> more = new ArrayList<>();
        assertTrue(CellChecks.lineWithReason(line("Nowhere Police,2016/17,total_offences,5,why"), 5, REFERENCE,
                "x", more).isEmpty());
        assertEquals(List.of("unknown force or aggregate 'Nowhere Police'"), more);
    }

    @Test
    void columnCounts() {
        List<String> reasons = new ArrayList<>();
        assertTrue(CellChecks.columnCount(9, 9, reasons));
        assertEquals(List.of(), reasons);
        assertFalse(CellChecks.columnCount(10, 9, reasons));
        assertEquals(List.of("expected 9 columns, found 10"), reasons);
    }

    @ParameterizedTest
    @CsvSource({"2016/17, 2016", "1999/00, 1999", "' 2016/17', 2016"})
    void yearsWrittenWithASlash(String text, int startYear) {
        List<String> reasons = new ArrayList<>();
        assertEquals(Optional.of(new FinancialYear(startYear)), CellChecks.year(text, reasons));
        assertEquals(List.of(), reasons);
    }

    @ParameterizedTest
    @ValueSource(strings = {"2016-17", "2016/18", "2016", "16/17", ""})
    void yearsNotWrittenLike2016To17(String text) {
        List<String> reasons = new ArrayList<>();
        assertTrue(CellChecks.year(text, reasons).isEmpty());
        assertEquals(List.of("year '" + text + "' is not a financial year written like 2016/17"), reasons);
    }

    @ParameterizedTest
    @ValueSource(strings = {"0", "7", "354", "999999999"})
    void countsOfAtMostNineDigits(String value) {
        List<String> reasons = new ArrayList<>();
        CellChecks.count(value, reasons);
        assertEquals(List.of(), reasons);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            -5         | value '-5' is negative: a count of offences or victims cannot be
            -0         | value '-0' is negative: a count of offences or victims cannot be
            1,483      | value '1,483' is not a whole number of at most nine digits (write 1483, not 1,483)
            1000000000 | value '1000000000' is not a whole number of at most nine digits (write 1483, not 1,483)
            12.5       | value '12.5' is not a whole number of at most nine digits (write 1483, not 1,483)
            ''         | value '' is not a whole number of at most nine digits (write 1483, not 1,483)
            """)
    void countsRefused(String value, String reason) {
        List<String> reasons = new ArrayList<>();
        CellChecks.count(value, reasons);
        assertEquals(List.of(reason), reasons);
    }

    @Test
    void measuresMustBeKnown() {
        List<String> reasons = new ArrayList<>();
        CellChecks.measure("victims_under_1", Set.of("victims_under_1"), reasons);
        assertEquals(List.of(), reasons);
        CellChecks.measure("victims_under_2", Set.of("victims_under_1"), reasons);
        assertEquals(List.of("unknown measure 'victims_under_2'"), reasons);
    }

    @Test
    void areasMustBeKnown() {
        List<String> reasons = new ArrayList<>();
        assertEquals("all-uk-forces", CellChecks.area("All UK forces", REFERENCE.slugByName(), reasons));
        assertEquals(List.of(), reasons);
    }

    private static final LocalDate TODAY = LocalDate.of(2020, 1, 15);

    @ParameterizedTest
    @ValueSource(strings = {"", "2019-10", "2019-10-01", "2020-01", "2020-01-15", "2016-02-29"})
    void publishedDatesAccepted(String text) {
        List<String> reasons = new ArrayList<>();
        CellChecks.publishedDate(text, TODAY, reasons);
        assertEquals(List.of(), reasons);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', textBlock = """
            2020-01-16   | published date '2020-01-16' is in the future
            2020-02      | published date '2020-02' is in the future
            2019-13      | published date '2019-13' is not a real date written YYYY-MM or YYYY-MM-DD
            2019-02-29   | published date '2019-02-29' is not a real date written YYYY-MM or YYYY-MM-DD
            2019-2-01    | published date '2019-2-01' is not a real date written YYYY-MM or YYYY-MM-DD
            10/2019      | published date '10/2019' is not a real date written YYYY-MM or YYYY-MM-DD
            +10000-01-01 | published date '+10000-01-01' is not a real date written YYYY-MM or YYYY-MM-DD
            """)
    void publishedDatesRefused(String text, String reason) {
        List<String> reasons = new ArrayList<>();
        CellChecks.publishedDate(text, TODAY, reasons);
        assertEquals(List.of(reason), reasons);
    }
}
