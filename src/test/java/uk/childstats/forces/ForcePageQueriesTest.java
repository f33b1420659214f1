package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialReference;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Children;
import uk.childstats.support.CountedQueries;

/**
 * How many queries a force page's data costs, counted by a jOOQ listener. What every page of a release shares (the
 * areas, measures, years, every area's totals, the children, the offence groups, the releases and what the newest
 * revised) is read once per release; a force page then reads only its own figures: its FOI cells, its published
 * values and its official counts. It was 18 queries a page, then 15, before the shared data was read once.
 */
class ForcePageQueriesTest {
    private final CountedQueries queries = new CountedQueries();
    private final DSLContext dsl = queries.dsl();

    @Test
    void aForcePageReadsOnlyItsOwnFiguresInThreeQueries() {
        ForcePage.Shared shared = shared();
        for (String slug : List.of("avon-and-somerset-constabulary", "british-transport-police")) {
            queries.clear();
            ForcePage.build(shared, new PublishedValues(dsl), new OfficialSections(dsl), slug).orElseThrow();
            assertEquals(3, queries.count(), slug + ": " + queries.listed());
        }
    }

    @Test
    void aForceOutsideTheOfficialSeriesOrAnAggregateReadsTwo() {
        ForcePage.Shared shared = shared();
        for (String slug : List.of("police-scotland", "all-uk-forces")) {
            queries.clear();
            ForcePage.build(shared, new PublishedValues(dsl), new OfficialSections(dsl), slug).orElseThrow();
            assertEquals(2, queries.count(), slug + ": " + queries.listed());
        }
    }

    @Test
    void whatEveryPageSharesIsReadInAFewQueriesOncePerRelease() {
        shared();
        assertTrue(queries.count() <= 20, queries.count() + " queries: " + queries.listed());
    }

    private ForcePage.Shared shared() {
        return new ForcePage.Shared(FoiReference.read(new PublishedValues(dsl)),
                Children.read(new ChildPopulation(dsl)), OfficialReference.read(dsl));
    }
}
