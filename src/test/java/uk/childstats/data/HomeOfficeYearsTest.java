package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;

/** Four quarters make a year; a year with fewer is never published as if it were whole. */
class HomeOfficeYearsTest {
    private static final FinancialYear Y2015 = new FinancialYear(2015);
    private static final FinancialYear Y2016 = new FinancialYear(2016);
    private static final FinancialYear Y2017 = new FinancialYear(2017);
    private int nextLine = 2;

    private HomeOfficeRow row(FinancialYear year, int quarter, String slug, String code, int offences) {
        return new HomeOfficeRow(nextLine++, year, quarter, slug, slug.equals("dorset") ? "Dorset" : "Gwent", code,
                "description", "group", "subgroup", offences);
    }

    /** Every quarter given of a year, for both forces and both codes, each with the offences given. */
    private List<HomeOfficeRow> grid(FinancialYear year, int... quarters) {
        List<HomeOfficeRow> rows = new ArrayList<>();
        for (int quarter : quarters) {
            for (String slug : List.of("dorset", "gwent")) {
                for (String code : List.of("19C", "22A")) {
                    rows.add(row(year, quarter, slug, code, quarter));
                }
            }
        }
        return rows;
    }

    @Test
    void aYearIsCompleteWithAllFourQuarters() {
        List<HomeOfficeRow> rows = new ArrayList<>(grid(Y2016, 1, 2, 3, 4));
        rows.addAll(grid(Y2017, 1, 2, 3));
        assertEquals(new TreeSet<>(Set.of(Y2016)), HomeOfficeYears.completeYears(rows));
        assertEquals(List.of(), HomeOfficeYears.gaps(rows), "the last year may still be being recorded");
        assertEquals(List.of("2017/18 is not published: the file has only part of its quarters"),
                HomeOfficeYears.unpublishedYears(rows, HomeOfficeYears.completeYears(rows)));
    }

    @Test
    void aPartYearFollowedByLaterYearsIsAGap() {
        List<HomeOfficeRow> rows = new ArrayList<>(grid(Y2015, 1, 2));
        rows.addAll(grid(Y2016, 1, 2, 3, 4));
        assertEquals(List.of("2015/16 has quarter(s) [1, 2] only, but later years follow it"),
                HomeOfficeYears.gaps(rows));
    }

    @Test
    void aMissingLineForOneForceIsAGapNamingTheForceAndCode() {
        List<HomeOfficeRow> rows = new ArrayList<>(grid(Y2016, 1, 2, 3, 4));
        rows.removeIf(r -> r.quarter() == 2 && r.areaSlug().equals("gwent") && r.offenceCode().equals("22A"));
        rows.removeIf(r -> r.quarter() == 3 && r.areaSlug().equals("dorset"));
        assertEquals(List.of(
                "2016/17 quarter 2: no line for Gwent, code(s) 22A (the file has them for other forces or quarters)",
                "2016/17 quarter 3: no line for Dorset, code(s) 19C, 22A (the file has them for other forces or "
                        + "quarters)"), HomeOfficeYears.gaps(rows));
    }

    @Test
    void aYearsCountIsTheSumOfItsQuarters() throws Exception {
        List<HomeOfficeRow> rows = new ArrayList<>(grid(Y2016, 1, 2, 3, 4));
        rows.addAll(grid(Y2017, 1));
        List<HomeOfficeYears.YearCount> counts = HomeOfficeYears.counts("f.csv", rows,
                HomeOfficeYears.completeYears(rows));
        // Each cell's quarters hold 1, 2, 3 and 4 offences: 10 a year, and 2017/18 is left out.
        assertEquals(4, counts.size());
        counts.forEach(c -> assertEquals(10, c.offences(), c.toString()));
        assertEquals(new HomeOfficeRow.YearKey("dorset", Y2016, "19C"), counts.get(0).key());
    }

    @Test
    void aNegativeQuarterIsAllowedButNotANegativeYear() throws Exception {
        List<HomeOfficeRow> fine = List.of(row(Y2016, 1, "dorset", "19C", 5), row(Y2016, 2, "dorset", "19C", -5),
                row(Y2016, 3, "dorset", "19C", 0), row(Y2016, 4, "dorset", "19C", 0));
        assertEquals(0, HomeOfficeYears.counts("f.csv", fine, Set.of(Y2016)).get(0).offences());
        nextLine = 2;
        List<HomeOfficeRow> negative = List.of(row(Y2016, 1, "dorset", "19C", 5),
                row(Y2016, 2, "dorset", "19C", -6), row(Y2016, 3, "dorset", "19C", 0),
                row(Y2016, 4, "dorset", "19C", 0));
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> HomeOfficeYears.counts("f.csv", negative, Set.of(Y2016)));
        assertEquals(List.of("lines 2, 3, 4, 5: Dorset, 2016/17, code 19C sums to -1 over the year; a year cannot "
                + "be negative"), rejected.problems());
    }

    @Test
    void aYearLargerThanAnyRealCountIsRefused() throws Exception {
        List<HomeOfficeRow> largest = List.of(row(Y2016, 1, "dorset", "19C", Integer.MAX_VALUE),
                row(Y2016, 2, "dorset", "19C", 0), row(Y2016, 3, "dorset", "19C", 0), row(Y2016, 4, "dorset", "19C", 0));
        assertEquals(Integer.MAX_VALUE, HomeOfficeYears.counts("f.csv", largest, Set.of(Y2016)).get(0).offences());
        List<HomeOfficeRow> tooLarge = List.of(row(Y2016, 1, "dorset", "19C", Integer.MAX_VALUE),
                row(Y2016, 2, "dorset", "19C", 1), row(Y2016, 3, "dorset", "19C", 0), row(Y2016, 4, "dorset", "19C", 0));
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> HomeOfficeYears.counts("f.csv", tooLarge, Set.of(Y2016)));
        assertEquals(List.of("Dorset, 2016/17, code 19C sums to 2147483648 over the year, more than any real count"),
                rejected.problems());
    }

    @Test
    void aFileWithNoWholeYearIsRefused() {
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> HomeOfficeYears.counts("f.csv", grid(Y2017, 1, 2), Set.of()));
        assertEquals(List.of("the file has no year with all four quarters"), rejected.problems());
    }

    @Test
    void cellsAreFoundAgainAfterTheTableGrows() {
        QuarterCells cells = new QuarterCells();
        int line = 2;
        for (int year = 2000; year < 2010; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                for (int force = 0; force < 150; force++) {
                    HomeOfficeRow r = new HomeOfficeRow(line, new FinancialYear(year), quarter, "f" + force, "F",
                            "19C", "", "", "", 1);
                    assertEquals(0, cells.firstLineOf(r, line++));
                }
            }
        }
        // Every cell is found again, including those that collided and were placed further along.
        for (int year = 2000; year < 2010; year++) {
            for (int quarter = 1; quarter <= 4; quarter++) {
                for (int force = 0; force < 150; force++) {
                    assertEquals(true, cells.contains(year, quarter, "f" + force, "19C"));
                }
            }
        }
        HomeOfficeRow again = new HomeOfficeRow(9999, new FinancialYear(2000), 1, "f0", "F", "19C", "", "", "", 1);
        assertEquals(2, cells.firstLineOf(again, 9999));
        HomeOfficeRow last = new HomeOfficeRow(9999, new FinancialYear(2009), 4, "f149", "F", "19C", "", "", "", 1);
        assertEquals(line - 1, cells.firstLineOf(last, 9999));
        assertEquals(true, cells.contains(2005, 3, "f77", "19C"));
        assertEquals(false, cells.contains(2005, 3, "f77", "22A"));
        assertEquals(false, cells.contains(2010, 1, "f0", "19C"));
    }
}
