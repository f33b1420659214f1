package uk.childstats.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.support.Numbers.uk;

import org.jooq.DSLContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** The home page headline is the latest UK total the database publishes. */
class HomeFiguresMatchDatabaseTest {
    private final DSLContext dsl = TestDatabase.withBundledData().dsl();

    @Test
    void theHomePageHeadlineIsTheLatestUkTotal() {
        var latest = dsl.select(PUBLISHED_VALUE.YEAR_LABEL, PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE)
                .where(PUBLISHED_VALUE.AREA_SLUG.eq("all-uk-forces"), PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences"))
                .orderBy(PUBLISHED_VALUE.YEAR_LABEL.desc()).limit(1).fetchSingle();
        Document home = TestSite.page("/");
        assertEquals(uk(latest.value2()), home.selectFirst(".headline .headline-number").text());
        assertEquals(latest.value1(), home.selectFirst(".headline a").text());
    }
}
