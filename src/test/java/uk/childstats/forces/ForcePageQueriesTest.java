package uk.childstats.forces;

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
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialReference;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Children;
import uk.childstats.support.TestDatabase;

/**
 * How many queries a force page's data costs, counted by a jOOQ listener. What every page of a release shares (the
 * areas, measures, years, every area's totals, the children, the offence groups, the releases and what the newest
 * revised) is read once per release; a force page then reads only its own figures: its FOI cells, its published
 * values and its official counts. It was 18 queries a page, then 15, before the shared data was read once.
 */
class ForcePageQueriesTest {
    private final List<String> queries = new ArrayList<>();
    private final DSLContext dsl = DSL.using(TestDatabase.readOnlyBundledData().dsl().configuration()
            .derive(new DefaultExecuteListenerProvider(new ExecuteListener() {
                @Override
                public void executeStart(ExecuteContext ctx) {
                    queries.add(ctx.sql());
                }
            })));

    @Test
    void aForcePageReadsOnlyItsOwnFiguresInThreeQueries() {
        ForcePage.Shared shared = shared();
        for (String slug : List.of("avon-and-somerset-constabulary", "british-transport-police")) {
            queries.clear();
            ForcePage.build(shared, new PublishedValues(dsl), new OfficialSections(dsl), slug).orElseThrow();
            assertEquals(3, queries.size(), slug + ": " + String.join("\n", queries));
        }
    }

    @Test
    void aForceOutsideTheOfficialSeriesOrAnAggregateReadsTwo() {
        ForcePage.Shared shared = shared();
        for (String slug : List.of("police-scotland", "all-uk-forces")) {
            queries.clear();
            ForcePage.build(shared, new PublishedValues(dsl), new OfficialSections(dsl), slug).orElseThrow();
            assertEquals(2, queries.size(), slug + ": " + String.join("\n", queries));
        }
    }

    @Test
    void whatEveryPageSharesIsReadInAFewQueriesOncePerRelease() {
        shared();
        assertTrue(queries.size() <= 20, queries.size() + " queries: " + String.join("\n", queries));
    }

    private ForcePage.Shared shared() {
        return new ForcePage.Shared(FoiReference.read(new PublishedValues(dsl)),
                Children.read(new ChildPopulation(dsl)), OfficialReference.read(dsl));
    }
}
