package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Source;

/** A narrower age band can never be larger than a wider one from the same source, force and year. */
class AgeBandChecksTest {
    private static final Source PAPER = new Source("https://paper.example/a", "A", null);
    private static final Source OTHER = new Source("https://other.example/b", "B", null);
    private static final FinancialYear YEAR = new FinancialYear(2016);

    private static FoiRow row(int line, String measure, long value) {
        return row(line, "dorset-police", YEAR, measure, value, PAPER);
    }

    private static FoiRow row(int line, String area, FinancialYear year, String measure, long value, Source source) {
        return new FoiRow(line, area, year, measure, value, source, "quote");
    }

    @Test
    void aNarrowerBandLargerThanAWiderOneIsReportedWithBothLines() {
        List<String> problems = AgeBandChecks.problems(List.of(row(2, "victims_under_1", 5),
                row(3, "victims_aged_4_and_under", 4), row(4, "total_offences", 354)), Map.of());
        assertEquals(List.of("line 2: victims_under_1 5 is larger than victims_aged_4_and_under 4 (line 3) from the "
                + "same source for the same force and year: a narrower age band cannot exceed a wider one"), problems);
    }

    @Test
    void equalBandsAreFine() {
        assertEquals(List.of(), AgeBandChecks.problems(List.of(row(2, "victims_under_10", 40),
                row(3, "victims_aged_10_and_under", 40), row(4, "total_offences", 40)), Map.of()));
    }

    @Test
    void everyWiderBandIsCheckedInTurn() {
        List<String> problems = AgeBandChecks.problems(List.of(row(2, "victims_under_4", 50),
                row(3, "victims_aged_4_and_under", 40), row(4, "victims_aged_10_and_under", 45),
                row(5, "total_offences", 49)), Map.of());
        assertEquals(List.of(
                "line 2: victims_under_4 50 is larger than victims_aged_4_and_under 40 (line 3)",
                "line 2: victims_under_4 50 is larger than victims_aged_10_and_under 45 (line 4)",
                "line 2: victims_under_4 50 is larger than total_offences 49 (line 5)"),
                problems.stream().map(p -> p.substring(0, p.indexOf(')') + 1)).toList());
    }

    @Test
    void bandsFromDifferentSourcesForcesOrYearsAreNotCompared() {
        assertEquals(List.of(), AgeBandChecks.problems(List.of(
                row(2, "dorset-police", YEAR, "victims_under_10", 50, PAPER),
                row(3, "dorset-police", YEAR, "total_offences", 40, OTHER),
                row(4, "gwent-police", YEAR, "total_offences", 40, PAPER),
                row(5, "dorset-police", YEAR.previous(), "total_offences", 40, PAPER)), Map.of()));
    }

    @Test
    void rowsSetAsideByTheErrataAreNotChecked() {
        List<FoiRow> rows = List.of(row(2, "victims_under_10", 50), row(3, "total_offences", 40));
        assertEquals(1, AgeBandChecks.problems(rows, Map.of()).size());
        assertEquals(List.of(), AgeBandChecks.problems(rows, Map.of(2, "printed wrongly")));
        assertEquals(List.of(), AgeBandChecks.problems(rows, Map.of(3, "printed wrongly")));
        assertEquals(1, AgeBandChecks.problems(rows, Map.of(9, "another line")).size());
    }
}
