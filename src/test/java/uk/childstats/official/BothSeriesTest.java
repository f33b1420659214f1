package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.support.Numbers.uk;

import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** Where a force has both series for a year, the page shows both, each as published, and never their sum. */
class BothSeriesTest {
    private final DSLContext dsl = TestDatabase.withBundledData().dsl();

    @Test
    void dorsetShowsItsFoiAndOfficialTotalsSideBySideForEveryYearWithBoth() {
        Map<String, Long> official = HomeOfficeCsv.yearTotalsByForce().get("Dorset");
        Map<String, String> expected = new LinkedHashMap<>();
        dsl.selectFrom(PUBLISHED_VALUE).where(PUBLISHED_VALUE.AREA_SLUG.eq("dorset-police"),
                PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences")).orderBy(PUBLISHED_VALUE.YEAR_LABEL).forEach(r -> {
                    if (official.containsKey(r.getYearLabel())) {
                        expected.put(r.getYearLabel(), uk(r.getValue()) + " " + uk(official.get(r.getYearLabel())));
                    }
                });
        Document page = TestSite.page("/forces/dorset-police");
        Element table = page.selectFirst("table:has(#both-series-caption)");
        Map<String, String> shown = new LinkedHashMap<>();
        table.select("tbody tr").forEach(row -> shown.put(row.selectFirst("th").text(),
                row.select("td").get(0).text() + " " + row.select("td").get(1).text()));
        assertFalse(expected.isEmpty());
        assertEquals(expected, shown);
        assertEquals("354 502", shown.get("2016/17"), "the official 497 was revised to 502 in April 2026");
        Element section = page.selectFirst("section.both-series");
        org.junit.jupiter.api.Assertions.assertTrue(section.text().contains("Source: Home Office, police recorded crime "
                + "open data tables, release of 23 April 2026. Contains public sector information licensed under the "
                + "Open Government Licence v3.0."), section.text());
    }

    @Test
    void scotlandHasNoSideBySideTableBecauseTheOfficialSeriesStopsAtTheBorder() {
        assertNull(TestSite.page("/forces/police-scotland").selectFirst("#both-series-caption"));
    }
}
