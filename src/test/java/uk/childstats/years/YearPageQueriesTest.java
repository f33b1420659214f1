package uk.childstats.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.MapReference;
import uk.childstats.map.MapSections;
import uk.childstats.support.CountedQueries;

/**
 * How many queries a year page's data costs, counted by a jOOQ listener, once what every page of a release shares
 * (areas, years, every area's totals, children, the series' years and release, the force outlines) has been read:
 * the year's and the previous year's FOI cells (two queries), and the year's official counts when its map shows
 * the official series. It was 17 queries a page before the shared data was read once per release.
 */
class YearPageQueriesTest {
    private final CountedQueries queries = new CountedQueries();
    private final DSLContext dsl = queries.dsl();

    @Test
    void aYearPageReadsItsCellsAndAtMostItsOfficialCounts() {
        MapReference shared = MapReference.read(dsl);
        assertTrue(queries.count() <= 21, "what every page shares: " + queries.count() + " queries");
        List<FinancialYear> years = shared.foi().allYears();
        assertTrue(years.size() > 5, "the bundled data has " + years);
        for (FinancialYear year : years) {
            queries.clear();
            YearPage page = YearPage.build(shared, new PublishedValues(dsl), new MapSections(dsl), year);
            int expected = shared.official().years().contains(year) ? 3 : 2;
            assertEquals(expected, queries.count(), year + ": " + queries.listed());
            assertEquals(year, page.table().year());
        }
    }
}
