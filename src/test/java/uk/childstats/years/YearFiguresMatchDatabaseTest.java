package uk.childstats.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FINANCIAL_YEAR;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.support.Numbers.uk;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** A year page ranks exactly the forces the database has a total for, and shows every aggregate total. */
class YearFiguresMatchDatabaseTest {
    private final DSLContext dsl = TestDatabase.withBundledData().dsl();

    @Test
    void everyYearPageRanksTheForcesThatProvidedATotalAndListsTheRest() {
        List<String> years = dsl.select(FINANCIAL_YEAR.SLUG).from(FINANCIAL_YEAR).fetch(FINANCIAL_YEAR.SLUG);
        for (String slug : years) {
            Document page = TestSite.page("/years/" + slug);
            String label = slug.replace('-', '/');
            var totals = dsl.select(AREA.NAME, PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE).join(AREA)
                    .on(AREA.SLUG.eq(PUBLISHED_VALUE.AREA_SLUG))
                    .where(PUBLISHED_VALUE.YEAR_LABEL.eq(label), PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences"),
                            AREA.KIND.eq("force"))
                    .orderBy(PUBLISHED_VALUE.VALUE.desc(), AREA.NAME).fetch();
            List<String> expected = new ArrayList<>();
            totals.forEach(r -> expected.add(r.value1() + " " + uk(r.value2())));
            List<String> shown = new ArrayList<>();
            page.select("#ranked-caption ~ tbody tr, table:has(#ranked-caption) tbody tr").forEach(row ->
                    shown.add(row.selectFirst("th").text() + " " + row.select("td").get(1).text()));
            assertEquals(expected, shown, slug);
            long territorial = dsl.fetchCount(AREA, AREA.KIND.eq("force").and(AREA.TERRITORIAL.isTrue()));
            assertEquals(territorial - totals.size(), page.select(".not-provided-list li").size(), slug);

            Map<String, String> aggregates = new HashMap<>();
            page.select(".govuk-summary-list__row").forEach(r ->
                    aggregates.put(r.selectFirst("dt").text(), r.selectFirst(".headline-number").text()));
            Map<String, String> expectedAggregates = new HashMap<>();
            dsl.select(AREA.NAME, PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE).join(AREA).on(AREA.SLUG.eq(PUBLISHED_VALUE.AREA_SLUG))
                    .where(PUBLISHED_VALUE.YEAR_LABEL.eq(label), PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences"),
                            AREA.KIND.eq("aggregate"))
                    .forEach(r -> expectedAggregates.put(r.value1(), uk(r.value2())));
            assertEquals(expectedAggregates, aggregates, slug);
        }
    }
}
