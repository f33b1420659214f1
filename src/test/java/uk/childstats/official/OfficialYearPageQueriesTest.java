package uk.childstats.official;

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
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Children;
import uk.childstats.support.TestDatabase;

/**
 * How many queries an official year page's data costs, counted by a jOOQ listener, once what every page of a release
 * shares (offence groups, years, forces, the releases and what the newest revised, the children) has been read: one,
 * the year's counts. It was 14 queries a page before the shared data was read once per release.
 */
class OfficialYearPageQueriesTest {
    private final List<String> queries = new ArrayList<>();
    private final DSLContext dsl = DSL.using(TestDatabase.readOnlyBundledData().dsl().configuration()
            .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    queries.add(ctx.sql());
                }
            })));

    @Test
    void anOfficialYearPageReadsOnlyTheYearsCounts() {
        OfficialReference reference = OfficialReference.read(dsl);
        Children children = Children.read(new ChildPopulation(dsl));
        assertTrue(reference.years().size() > 5, "the bundled data has " + reference.years());
        for (FinancialYear year : reference.years()) {
            queries.clear();
            OfficialYearPage page = OfficialController.yearPage(new OfficialFigures(dsl), reference, children, year);
            assertEquals(1, queries.size(), year + ": " + String.join("\n", queries));
            assertEquals(year, page.year());
        }
    }
}
