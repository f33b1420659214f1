package uk.childstats.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FIGURE;
import static uk.childstats.db.generated.Tables.FINANCIAL_YEAR;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.db.generated.Tables.SOURCE;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** Every CSV and JSON download, read back, equals the database cell by cell. */
class DownloadsMatchDatabaseTest {
    private final DSLContext dsl = TestDatabase.withBundledData().dsl();

    private Map<String, Long> published() {
        Map<String, Long> values = new HashMap<>();
        dsl.selectFrom(PUBLISHED_VALUE).forEach(r ->
                values.put(r.getAreaSlug() + "|" + r.getYearLabel() + "|" + r.getMeasureCode(), r.getValue()));
        return values;
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    @Test
    void theFiguresCsvHasEveryImportedRowWithItsSourceInFileOrder() {
        List<Map<String, String>> rows = Downloads.rows(TestSite.download("/data/figures.csv"));
        Set<Integer> chosen = new HashSet<>(dsl.select(PUBLISHED_VALUE.CHOSEN_FIGURE_ID).from(PUBLISHED_VALUE)
                .fetch(PUBLISHED_VALUE.CHOSEN_FIGURE_ID));
        var figures = dsl.select().from(FIGURE).join(SOURCE).on(SOURCE.ID.eq(FIGURE.SOURCE_ID)).join(AREA)
                .on(AREA.SLUG.eq(FIGURE.AREA_SLUG)).orderBy(FIGURE.LINE_NUMBER).fetch();
        assertEquals(711, figures.size());
        assertEquals(figures.size(), rows.size());
        for (int i = 0; i < rows.size(); i++) {
            var f = figures.get(i);
            Map<String, String> expected = new HashMap<>();
            expected.put("line_number", text(f.get(FIGURE.LINE_NUMBER)));
            expected.put("nation", f.get(AREA.NATION_CODE));
            expected.put("force", f.get(AREA.NAME));
            expected.put("force_slug", f.get(AREA.SLUG));
            expected.put("year", f.get(FIGURE.YEAR_LABEL));
            expected.put("measure", f.get(FIGURE.MEASURE_CODE));
            expected.put("value", text(f.get(FIGURE.VALUE)));
            expected.put("speaks_for_year", f.get(FIGURE.CELL_YEAR_LABEL));
            expected.put("shown_on_site", text(chosen.contains(f.get(FIGURE.ID))));
            expected.put("source_url", f.get(SOURCE.URL));
            expected.put("source_title", f.get(SOURCE.TITLE));
            expected.put("source_published", text(f.get(SOURCE.PUBLISHED)));
            expected.put("quote", f.get(FIGURE.QUOTE));
            assertEquals(expected, rows.get(i), "line " + f.get(FIGURE.LINE_NUMBER));
        }
    }

    @Test
    void thePublishedCsvHasOneRowPerPublishedValueWithTheChosenSource() {
        List<Map<String, String>> rows = Downloads.rows(TestSite.download("/data/published.csv"));
        Map<String, String> sourceOfChosen = new HashMap<>();
        dsl.select(PUBLISHED_VALUE.AREA_SLUG, PUBLISHED_VALUE.YEAR_LABEL, PUBLISHED_VALUE.MEASURE_CODE, SOURCE.URL)
                .from(PUBLISHED_VALUE).join(FIGURE).on(FIGURE.ID.eq(PUBLISHED_VALUE.CHOSEN_FIGURE_ID)).join(SOURCE)
                .on(SOURCE.ID.eq(FIGURE.SOURCE_ID))
                .forEach(r -> sourceOfChosen.put(r.value1() + "|" + r.value2() + "|" + r.value3(), r.value4()));
        Map<String, Long> published = published();
        assertEquals(published.size(), rows.size());
        Set<String> seen = new HashSet<>();
        for (Map<String, String> row : rows) {
            String key = row.get("force_slug") + "|" + row.get("year") + "|" + row.get("measure");
            assertTrue(seen.add(key), "twice: " + key);
            assertEquals(text(published.get(key)), row.get("value"), key);
            assertEquals(sourceOfChosen.get(key), row.get("source_url"), key);
        }
    }

    @Test
    void everyForceCsvEqualsThePublishedValuesOfThatForce() {
        Map<String, Long> published = published();
        for (String slug : dsl.select(AREA.SLUG).from(AREA).fetch(AREA.SLUG)) {
            String csv = TestSite.download("/forces/" + slug + ".csv");
            List<String> header = Downloads.header(csv);
            int shown = 0;
            for (Map<String, String> row : Downloads.rows(csv)) {
                String year = row.get("year");
                for (String column : header) {
                    if (column.equals("year") || column.startsWith("total_change")) {
                        continue;
                    }
                    Long expected = published.get(slug + "|" + year + "|" + column);
                    assertEquals(text(expected), row.get(column), slug + " " + year + " " + column);
                    shown += expected == null ? 0 : 1;
                }
                assertChange(published, slug, year, row);
            }
            long inDatabase = published.keySet().stream().filter(k -> k.startsWith(slug + "|")).count();
            assertEquals(inDatabase, shown, slug + ": every published value is in the CSV");
        }
    }

    private static void assertChange(Map<String, Long> published, String slug, String year, Map<String, String> row) {
        String previous = uk.childstats.figures.FinancialYear.parse(year).orElseThrow().previous().label();
        Long now = published.get(slug + "|" + year + "|total_offences");
        Long before = published.get(slug + "|" + previous + "|total_offences");
        assertEquals(now == null || before == null ? "" : text(now - before), row.get("total_change"), slug + " " + year);
    }

    @Test
    void everyYearCsvListsEveryTerritorialForceWithItsTotalAndRank() {
        Map<String, Long> published = published();
        List<String> forces = dsl.select(AREA.SLUG).from(AREA).where(AREA.KIND.eq("force"), AREA.TERRITORIAL.isTrue())
                .fetch(AREA.SLUG);
        for (var year : dsl.selectFrom(FINANCIAL_YEAR).fetch()) {
            List<Map<String, String>> rows = Downloads.rows(TestSite.download("/years/" + year.getSlug() + ".csv"));
            assertEquals(forces.size(), rows.size(), year.getLabel());
            assertEquals(new HashSet<>(forces), new HashSet<>(rows.stream().map(r -> r.get("force_slug")).toList()));
            for (Map<String, String> row : rows) {
                Long total = published.get(row.get("force_slug") + "|" + year.getLabel() + "|total_offences");
                assertEquals(text(total), row.get("total_offences"), year.getLabel() + " " + row.get("force_slug"));
                long higher = forces.stream().map(f -> published.get(f + "|" + year.getLabel() + "|total_offences"))
                        .filter(v -> v != null && total != null && v > total).count();
                assertEquals(total == null ? "" : text(higher + 1), row.get("rank"), row.get("force_slug"));
            }
        }
    }

    @Test
    void theJsonOfEveryDownloadHasTheSameRowsAsItsCsv() {
        List<String> paths = new ArrayList<>(List.of("/data/figures.csv|/api/figures",
                "/data/published.csv|/api/published"));
        dsl.select(AREA.SLUG).from(AREA).fetch(AREA.SLUG).forEach(s -> paths.add("/forces/" + s + ".csv|/api/forces/" + s));
        dsl.select(FINANCIAL_YEAR.SLUG).from(FINANCIAL_YEAR).fetch(FINANCIAL_YEAR.SLUG)
                .forEach(y -> paths.add("/years/" + y + ".csv|/api/years/" + y));
        for (String pair : paths) {
            String[] p = pair.split("\\|");
            List<Map<String, String>> csv = Downloads.rows(TestSite.download(p[0]));
            JsonNode json = Downloads.json(TestSite.download(p[1]));
            assertEquals(csv.size(), json.get("rows").size(), p[1]);
            for (int i = 0; i < csv.size(); i++) {
                JsonNode row = json.get("rows").get(i);
                for (Map.Entry<String, String> cell : csv.get(i).entrySet()) {
                    assertEquals(cell.getValue(), Downloads.asCsvText(row.get(cell.getKey())), p[1] + " " + cell.getKey());
                }
            }
            assertTrue(json.get("citation").asText().contains(p[1]), p[1]);
            assertFalse(json.get("licence").asText().isBlank());
        }
    }
}
