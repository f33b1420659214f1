package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.data.ReleaseChanges.ForceYear;
import uk.childstats.data.ReleaseChanges.Revision;
import uk.childstats.figures.FinancialYear;

/** What a new Home Office release added, revised and withdrew, counted by hand. */
class ReleaseChangesTest {
    private static final ForceYear DORSET_2016 = new ForceYear("dorset-police", "2016/17");
    private static final ForceYear DORSET_2017 = new ForceYear("dorset-police", "2017/18");
    private static final ForceYear GWENT_2016 = new ForceYear("gwent-police", "2016/17");
    private static final ForceYear KENT_2016 = new ForceYear("kent-police", "2016/17");

    @Test
    void addedRevisedAndWithdrawnFigures() {
        ReleaseChanges changes = ReleaseChanges.between(
                Map.of(DORSET_2016, 354L, GWENT_2016, 300L, KENT_2016, 1000L),
                Map.of(DORSET_2016, 354L, GWENT_2016, 301L, DORSET_2017, 400L));
        assertEquals(new ReleaseChanges(1, 1, 1, List.of(new Revision(GWENT_2016, 300, 301))), changes);
    }

    @Test
    void theSameReleaseAgainChangesNothing() {
        Map<ForceYear, Long> figures = Map.of(DORSET_2016, 354L, GWENT_2016, 300L);
        assertEquals(new ReleaseChanges(0, 0, 0, List.of()), ReleaseChanges.between(figures, Map.of(
                DORSET_2016, Long.valueOf(354L), GWENT_2016, Long.valueOf(300L))));
        assertEquals(new ReleaseChanges(2, 0, 0, List.of()), ReleaseChanges.between(Map.of(), figures));
        assertEquals(new ReleaseChanges(0, 0, 2, List.of()), ReleaseChanges.between(figures, Map.of()));
    }

    @Test
    void aFiguresCountIsTheSumOfItsCodes() {
        FinancialYear year = new FinancialYear(2016);
        List<HomeOfficeYears.YearCount> counts = List.of(
                new HomeOfficeYears.YearCount(new HomeOfficeRow.YearKey("dorset-police", year, "19C"), 100),
                new HomeOfficeYears.YearCount(new HomeOfficeRow.YearKey("dorset-police", year, "22A"), 23),
                new HomeOfficeYears.YearCount(new HomeOfficeRow.YearKey("gwent-police", year, "19C"), 7));
        assertEquals(Map.of(DORSET_2016, 123L, GWENT_2016, 7L), ReleaseChanges.totals(counts));
    }
}
