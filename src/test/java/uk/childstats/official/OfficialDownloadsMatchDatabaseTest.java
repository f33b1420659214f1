package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.CHILD_POPULATION;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;
import static uk.childstats.db.generated.Tables.OFFENCE_GROUP;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** Every official CSV, read back as RFC 4180, equals the database cell by cell. */
class OfficialDownloadsMatchDatabaseTest {
    private final DSLContext dsl = TestDatabase.withBundledData().dsl();

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static Map<String, Map<String, String>> byKey(List<Map<String, String>> rows, String... keyColumns) {
        Map<String, Map<String, String>> keyed = new HashMap<>();
        for (Map<String, String> row : rows) {
            StringBuilder key = new StringBuilder();
            for (String column : keyColumns) {
                key.append(row.get(column)).append('|');
            }
            assertEquals(null, keyed.put(key.toString(), row), "two rows for " + key);
        }
        return keyed;
    }

    @Test
    void theYearlyCsvHasOneRowPerForceYearAndCodeEqualToTheDatabase() {
        var downloaded = byKey(Downloads.rows(TestSite.download("/data/official.csv")),
                "police_force", "financial_year", "offence_code");
        var counts = dsl.select().from(OFFICIAL_COUNT).join(AREA).on(AREA.SLUG.eq(OFFICIAL_COUNT.AREA_SLUG))
                .join(OFFICIAL_RELEASE).on(OFFICIAL_RELEASE.ID.eq(OFFICIAL_COUNT.RELEASE_ID))
                .join(OFFENCE_CODE).on(OFFENCE_CODE.CODE.eq(OFFICIAL_COUNT.OFFENCE_CODE))
                .join(OFFENCE_CODE_GROUP).on(OFFENCE_CODE_GROUP.OFFENCE_CODE.eq(OFFICIAL_COUNT.OFFENCE_CODE))
                .join(OFFENCE_GROUP).on(OFFENCE_GROUP.SLUG.eq(OFFENCE_CODE_GROUP.GROUP_SLUG)).fetch();
        assertEquals(counts.size(), downloaded.size());
        for (var c : counts) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("police_force", c.get(AREA.NAME));
            expected.put("financial_year", c.get(OFFICIAL_COUNT.YEAR_LABEL));
            expected.put("offence_code", c.get(OFFICIAL_COUNT.OFFENCE_CODE));
            expected.put("offence_description", c.get(OFFENCE_CODE.DESCRIPTION));
            expected.put("offence_group", c.get(OFFENCE_GROUP.LABEL));
            expected.put("offences", text(c.get(OFFICIAL_COUNT.OFFENCES)));
            expected.put("in_england_and_wales_total", text(c.get(AREA.TERRITORIAL)));
            expected.put("release", c.get(OFFICIAL_RELEASE.NAME));
            expected.put("release_date", text(c.get(OFFICIAL_RELEASE.PUBLISHED)));
            String key = c.get(AREA.NAME) + "|" + c.get(OFFICIAL_COUNT.YEAR_LABEL) + "|"
                    + c.get(OFFICIAL_COUNT.OFFENCE_CODE) + "|";
            assertEquals(expected, downloaded.get(key), key);
        }
    }

    @Test
    void theQuarterlyCsvHasEveryImportedRowInFileOrderEqualToTheDatabase() {
        List<Map<String, String>> rows = Downloads.rows(TestSite.download("/data/official-quarterly.csv"));
        var quarters = dsl.select().from(OFFICIAL_QUARTER).join(AREA).on(AREA.SLUG.eq(OFFICIAL_QUARTER.AREA_SLUG))
                .join(OFFICIAL_RELEASE).on(OFFICIAL_RELEASE.ID.eq(OFFICIAL_QUARTER.RELEASE_ID))
                .orderBy(OFFICIAL_QUARTER.LINE_NUMBER).fetch();
        assertEquals(26_620, quarters.size());
        assertEquals(quarters.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var q = quarters.get(i);
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("financial_year", q.get(OFFICIAL_QUARTER.YEAR_LABEL));
            expected.put("financial_quarter", text(q.get(OFFICIAL_QUARTER.QUARTER)));
            expected.put("force_name", q.get(AREA.HOME_OFFICE_NAME));
            expected.put("offence_description", q.get(OFFICIAL_QUARTER.OFFENCE_DESCRIPTION));
            expected.put("offence_group", q.get(OFFICIAL_QUARTER.OFFENCE_GROUP));
            expected.put("offence_subgroup", q.get(OFFICIAL_QUARTER.OFFENCE_SUBGROUP));
            expected.put("offence_code", q.get(OFFICIAL_QUARTER.OFFENCE_CODE));
            expected.put("number_of_offences", text(q.get(OFFICIAL_QUARTER.OFFENCES)));
            expected.put("police_force", q.get(AREA.NAME));
            expected.put("in_england_and_wales_total", text(q.get(AREA.TERRITORIAL)));
            expected.put("release", q.get(OFFICIAL_RELEASE.NAME));
            expected.put("release_date", text(q.get(OFFICIAL_RELEASE.PUBLISHED)));
            assertEquals(expected, rows.get(i), "line " + q.get(OFFICIAL_QUARTER.LINE_NUMBER));
        }
    }

    @Test
    void thePopulationCsvHasEveryEstimateEqualToTheDatabase() {
        var downloaded = byKey(Downloads.rows(TestSite.download("/data/child-population.csv")),
                "police_force", "year");
        var estimates = dsl.select().from(CHILD_POPULATION).join(AREA).on(AREA.SLUG.eq(CHILD_POPULATION.AREA_SLUG))
                .fetch();
        assertEquals(405 + 43, estimates.size());
        assertEquals(estimates.size(), downloaded.size());
        for (var e : estimates) {
            Map<String, String> expected = new LinkedHashMap<>();
            expected.put("police_force", e.get(AREA.NAME));
            expected.put("nation", e.get(AREA.NATION_CODE));
            expected.put("year", text(e.get(CHILD_POPULATION.MID_YEAR)));
            expected.put("population_0_17", text(e.get(CHILD_POPULATION.CHILDREN)));
            expected.put("source", e.get(CHILD_POPULATION.SOURCE));
            String key = e.get(AREA.NAME) + "|" + e.get(CHILD_POPULATION.MID_YEAR) + "|";
            assertEquals(expected, downloaded.get(key), key);
        }
    }

    @Test
    void britishTransportPoliceIsInTheFilesButMarkedOutsideTheEnglandAndWalesTotal() {
        for (String csv : List.of("/data/official.csv", "/data/official-quarterly.csv")) {
            List<Map<String, String>> rows = Downloads.rows(TestSite.download(csv));
            for (Map<String, String> row : rows) {
                boolean btp = row.get("police_force").equals("British Transport Police");
                assertEquals(String.valueOf(!btp), row.get("in_england_and_wales_total"), csv + " " + row);
            }
            assertEquals(true, rows.stream().anyMatch(r -> r.get("police_force").equals("British Transport Police")));
        }
    }
}
