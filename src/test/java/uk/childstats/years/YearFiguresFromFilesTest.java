package uk.childstats.years;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static uk.childstats.support.Numbers.uk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.childstats.support.Downloads;
import uk.childstats.support.FoiFiles;
import uk.childstats.support.TestSite;

/**
 * Every column of every row of a year's CSV and JSON, and the ranks on its page, against values worked out here
 * from the FOI files in data/ (FoiFiles), never from the site's database or another of its renderings.
 */
class YearFiguresFromFilesTest {
    private static final List<String> COLUMNS = List.of("rank", "joint_rank", "force_slug", "force", "nation",
            "total_offences", "total_change", "total_change_percent", "total_change_different_sources", "source_url",
            "source_title");

    static List<String> yearsWithAForceTotal() {
        return FoiFiles.years().stream().filter(y -> !FoiFiles.forceTotals(y).isEmpty()).toList();
    }

    /** Force slug to its row, every column, as the files say it must be. */
    static Map<String, Map<String, String>> expectedRows(String year) {
        Map<String, Long> totals = FoiFiles.forceTotals(year);
        Map<String, Integer> ranks = FoiFiles.ranks(totals);
        Map<String, Map<String, String>> rows = new TreeMap<>();
        FoiFiles.territorialForces().forEach((force, nation) -> {
            Map<String, String> row = new LinkedHashMap<>();
            COLUMNS.forEach(c -> row.put(c, ""));
            row.put("force_slug", FoiFiles.slug(force));
            row.put("force", force);
            row.put("nation", nation);
            FoiFiles.value(force, year, "total_offences").ifPresent(now -> {
                int rank = ranks.get(force);
                row.put("rank", String.valueOf(rank));
                row.put("joint_rank", String.valueOf(ranks.values().stream().filter(r -> r == rank).count() > 1));
                row.put("total_offences", String.valueOf(now.value()));
                row.put("source_url", now.row().url());
                row.put("source_title", now.row().title());
                FoiFiles.value(force, FoiFiles.yearBefore(year), "total_offences").ifPresent(before -> {
                    row.put("total_change", String.valueOf(now.value() - before.value()));
                    row.put("total_change_percent", before.value() == 0 ? ""
                            : FoiFiles.percentChange(before.value(), now.value()));
                    row.put("total_change_different_sources", String.valueOf(!before.row().url().equals(now.row().url())));
                });
            });
            rows.put(FoiFiles.slug(force), row);
        });
        return rows;
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsWithAForceTotal")
    void theYearCsvHasEveryColumnOfEveryForceAsTheFilesGiveIt(String year) {
        String csv = TestSite.download("/years/" + year.replace('/', '-') + ".csv");
        assertEquals(COLUMNS, Downloads.header(csv), year);
        Map<String, Map<String, String>> shown = new TreeMap<>();
        List<Integer> rankOrder = new ArrayList<>();
        for (Map<String, String> row : Downloads.rows(csv)) {
            shown.put(row.get("force_slug"), row);
            if (!row.get("rank").isEmpty()) {
                rankOrder.add(Integer.parseInt(row.get("rank")));
            }
        }
        assertEquals(expectedRows(year), shown, year);
        assertEquals(rankOrder.stream().sorted().toList(), rankOrder, year + ": ranked rows highest first");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsWithAForceTotal")
    void theYearJsonHasEveryColumnOfEveryForceAsTheFilesGiveIt(String year) {
        JsonNode json = Downloads.jsonAt("/api/years/" + year.replace('/', '-'));
        Map<String, Map<String, String>> shown = new TreeMap<>();
        for (JsonNode row : json.get("rows")) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertEquals(COLUMNS, names, year);
            Map<String, String> cells = new LinkedHashMap<>();
            names.forEach(n -> cells.put(n, Downloads.asCsvText(row.get(n))));
            shown.put(cells.get("force_slug"), cells);
        }
        assertEquals(expectedRows(year), shown, year);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("yearsWithAForceTotal")
    void theYearPageRanksOnlyTheForcesThatProvidedATotal(String year) {
        Document page = TestSite.page("/years/" + year.replace('/', '-'));
        Map<String, Long> totals = FoiFiles.forceTotals(year);
        Map<String, Integer> ranks = FoiFiles.ranks(totals);
        Map<String, String> expected = new TreeMap<>();
        totals.forEach((force, total) -> {
            boolean joint = ranks.values().stream().filter(r -> r.equals(ranks.get(force))).count() > 1;
            expected.put(force, (joint ? "=" : "") + ranks.get(force) + " " + uk(total));
        });
        Map<String, String> shown = new TreeMap<>();
        Element table = page.selectFirst("table:has(#ranked-caption)");
        for (Element row : table.select("tbody tr")) {
            shown.put(row.selectFirst("th").text(), row.selectFirst("td.ranking-table__rank").text() + " "
                    + row.selectFirst("td[data-label=Offences recorded]").text());
        }
        assertEquals(expected, shown, year);
        assertFalse(page.select(".not-provided-list li").stream().anyMatch(li -> totals.containsKey(
                li.selectFirst("a").text())), year);
        assertEquals(FoiFiles.territorialForces().size() - totals.size(), page.select(".not-provided-list li").size(),
                year);
    }
}
