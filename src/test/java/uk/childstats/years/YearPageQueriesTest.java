package uk.childstats.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.MapReference;
import uk.childstats.map.MapSections;
import uk.childstats.support.TestDatabase;

/**
 * How many queries a year page's data costs, counted by a jOOQ listener, once what every page of a release shares
 * (areas, years, every area's totals, children, the series' years and release, the force outlines) has been read:
 * the year's and the previous year's FOI cells (two queries), and the year's official counts when its map shows
 * the official series. It was 17 queries a page before the shared data was read once per release.
 */
class YearPageQueriesTest {
    private final List<String> queries = new ArrayList<>();
    private final DSLContext dsl = DSL.using(TestDatabase.readOnlyBundledData().dsl().configuration()
            .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    queries.add(ctx.sql());
                }
            })));

    @Test
    void aYearPageReadsItsCellsAndAtMostItsOfficialCounts() {
        MapReference shared = MapReference.read(dsl);
        assertTrue(queries.size() <= 21, "what every page shares: " + queries.size() + " queries");
        List<FinancialYear> years = shared.foi().allYears();
        assertTrue(years.size() > 5, "the bundled data has " + years);
        for (FinancialYear year : years) {
            queries.clear();
            YearPage page = YearPage.build(shared, new PublishedValues(dsl), new MapSections(dsl), year);
            int expected = shared.official().years().contains(year) ? 3 : 2;
            assertEquals(expected, queries.size(), year + ": " + String.join("\n", queries));
            assertEquals(year, page.table().year());
        }
    }
}
