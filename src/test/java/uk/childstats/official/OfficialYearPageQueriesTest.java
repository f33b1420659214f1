package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Children;
import uk.childstats.support.CountedQueries;

/**
 * How many queries an official year page's data costs, counted by a jOOQ listener, once what every page of a release
 * shares (offence groups, years, forces, the releases and what the newest revised, the children) has been read: one,
 * the year's counts. It was 14 queries a page before the shared data was read once per release.
 */
class OfficialYearPageQueriesTest {
    private final CountedQueries queries = new CountedQueries();
    private final DSLContext dsl = queries.dsl();

    @Test
    void anOfficialYearPageReadsOnlyTheYearsCounts() {
        OfficialReference reference = OfficialReference.read(dsl);
        Children children = Children.read(new ChildPopulation(dsl));
        assertTrue(reference.years().size() > 5, "the bundled data has " + reference.years());
        for (FinancialYear year : reference.years()) {
            queries.clear();
            OfficialYearPage page = OfficialController.yearPage(new OfficialFigures(dsl), reference, children, year);
            assertEquals(1, queries.count(), year + ": " + queries.listed());
            assertEquals(year, page.year());
        }
    }
}
