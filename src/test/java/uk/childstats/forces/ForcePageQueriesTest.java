package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.support.TestDatabase;

/**
 * How many queries a force page's data costs, counted by a jOOQ listener: 18 before the revisions of the force were
 * read for that force alone (rather than for every force and then filtered).
 */
class ForcePageQueriesTest {
    @Test
    void aForcePageIsReadInAFewQueries() {
        List<String> queries = new ArrayList<>();
        ExecuteListener counter = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                queries.add(ctx.sql());
            }
        };
        DSLContext dsl = DSL.using(TestDatabase.readOnlyBundledData().dsl().configuration()
                .derive(new DefaultExecuteListenerProvider(counter)));
        ForcePage.build(new PublishedValues(dsl), new OfficialSections(dsl), new ChildPopulation(dsl),
                "avon-and-somerset-constabulary").orElseThrow();
        assertTrue(queries.size() <= 15, queries.size() + " queries: " + String.join("\n", queries));
    }
}
