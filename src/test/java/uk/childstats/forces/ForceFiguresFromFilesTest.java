package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.support.Numbers.uk;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.childstats.support.Downloads;
import uk.childstats.support.FoiFiles;
import uk.childstats.support.TestSite;

/**
 * A force's CSV and JSON (every column by name), its rank on its page, and each force's latest figure on /forces,
 * against values worked out here from the FOI files in data/ (FoiFiles).
 */
public class ForceFiguresFromFilesTest {
    private static final List<String> CHANGE_COLUMNS = List.of("total_change", "total_change_percent",
            "total_change_different_sources");

    static List<String> forces() {
        return List.copyOf(FoiFiles.territorialForces().keySet());
    }

    private static Set<String> measuresOf(String force) {
        Set<String> measures = new TreeSet<>();
        measures.add("total_offences");
        FoiFiles.rows().stream().filter(r -> r.area().equals(force)).forEach(r -> measures.add(r.measure()));
        return measures;
    }

    /** Every cell the force's row for a year must hold, by column name. */
    private static Map<String, String> expectedRow(String force, String year, List<String> columns) {
        Map<String, String> row = new LinkedHashMap<>();
        for (String column : columns) {
            row.put(column, column.equals("year") ? year : "");
            if (!column.equals("year") && !CHANGE_COLUMNS.contains(column)) {
                FoiFiles.value(force, year, column).ifPresent(v -> row.put(column, String.valueOf(v.value())));
            }
        }
        var now = FoiFiles.value(force, year, "total_offences");
        var before = FoiFiles.value(force, FoiFiles.yearBefore(year), "total_offences");
        if (now.isPresent() && before.isPresent()) {
            long from = before.get().value();
            long to = now.get().value();
            row.put("total_change", String.valueOf(to - from));
            row.put("total_change_percent", from == 0 ? "" : FoiFiles.percentChange(from, to));
            row.put("total_change_different_sources", String.valueOf(!before.get().row().url().equals(now.get().row().url())));
        }
        return row;
    }

    private static void checkRows(String force, List<String> columns, List<Map<String, String>> rows) {
        Set<String> measures = new TreeSet<>(columns);
        measures.remove("year");
        CHANGE_COLUMNS.forEach(measures::remove);
        assertEquals(measuresOf(force), measures, force + ": one column for each measure the files have for it");
        assertTrue(columns.containsAll(CHANGE_COLUMNS) && columns.get(0).equals("year"), force + " " + columns);
        Set<String> yearsShown = new TreeSet<>();
        for (Map<String, String> row : rows) {
            assertEquals(expectedRow(force, row.get("year"), columns), row, force + " " + row.get("year"));
            yearsShown.add(row.get("year"));
        }
        FoiFiles.years().stream().filter(y -> measures.stream().anyMatch(m -> FoiFiles.value(force, y, m).isPresent()))
                .forEach(y -> assertTrue(yearsShown.contains(y), force + " leaves out " + y));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forces")
    void theForceCsvHoldsEveryPublishedValueInItsColumn(String force) {
        String csv = TestSite.download("/forces/" + FoiFiles.slug(force) + ".csv");
        checkRows(force, Downloads.header(csv), Downloads.rows(csv));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("forces")
    void theForceJsonHoldsEveryPublishedValueInItsField(String force) {
        JsonNode json = Downloads.jsonAt("/api/forces/" + FoiFiles.slug(force));
        List<String> columns = new ArrayList<>();
        json.get("columns").forEach(c -> columns.add(c.get("name").asText()));
        List<Map<String, String>> rows = new ArrayList<>();
        for (JsonNode row : json.get("rows")) {
            List<String> names = new ArrayList<>();
            row.fieldNames().forEachRemaining(names::add);
            assertEquals(columns, names, force);
            Map<String, String> cells = new LinkedHashMap<>();
            names.forEach(n -> cells.put(n, Downloads.asCsvText(row.get(n))));
            rows.add(cells);
        }
        checkRows(force, columns, rows);
    }

    /** "Rank: 14th highest of 15 forces that provided figures for 2019/20.", from the files, for every year. */
    @ParameterizedTest(name = "{0}")
    @MethodSource("forces")
    void theRankOnTheForcePageIsAmongTheForcesThatProvidedATotal(String force) {
        Document page = TestSite.page("/forces/" + FoiFiles.slug(force));
        Map<String, String> expected = new TreeMap<>();
        for (String year : FoiFiles.years()) {
            Map<String, Long> totals = FoiFiles.forceTotals(year);
            if (!totals.containsKey(force)) {
                continue;
            }
            Map<String, Integer> ranks = FoiFiles.ranks(totals);
            int rank = ranks.get(force);
            boolean joint = ranks.values().stream().filter(r -> r == rank).count() > 1;
            String place = totals.size() == 1 ? null : joint ? "joint " + ordinal(rank) + " highest"
                    : rank == 1 ? "the highest" : rank == totals.size() ? "the lowest" : ordinal(rank) + " highest";
            expected.put(year, "Rank: " + (place == null ? "the only force that provided figures for " + year
                    : place + " of " + totals.size() + " forces that provided figures for " + year) + ".");
        }
        Map<String, String> shown = new TreeMap<>();
        for (Element block : page.select(".derived[id^=derived-]")) {
            Element rank = block.selectFirst("li.derived__rank");
            if (rank != null) {
                shown.put(block.selectFirst("h3").text(), rank.text());
            }
        }
        assertEquals(expected, shown, force);
    }

    private static String ordinal(int n) {
        String suffix = (n % 100 >= 11 && n % 100 <= 13) ? "th"
                : n % 10 == 1 ? "st" : n % 10 == 2 ? "nd" : n % 10 == 3 ? "rd" : "th";
        return n + suffix;
    }

    @Test
    void theForcesPageShowsEachForcesLatestTotalAndItsYear() {
        assertEquals(expectedLatest(), latestShown(TestSite.page("/forces"),
                "table:has(th:containsOwn(Offences recorded))"));
    }

    /** Force name to "2018/19 1,264" or "not provided", from the files. */
    public static Map<String, String> expectedLatest() {
        Map<String, String> expected = new TreeMap<>();
        FoiFiles.territorialForces().keySet().forEach(f -> expected.put(f, FoiFiles.latestTotal(f)
                .map(e -> e.getKey() + " " + uk(e.getValue())).orElse("not provided")));
        return expected;
    }

    public static Map<String, String> latestShown(Document page, String tables) {
        Map<String, String> shown = new TreeMap<>();
        for (Element table : page.select(tables)) {
            for (Element row : table.select("> tbody > tr")) {
                List<String> cells = row.select("td").stream().map(Element::text).toList();
                if (cells.size() != 2) {
                    throw new AssertionError("a force row without its year and total: " + row.outerHtml());
                }
                String text = cells.get(1).equals("not provided") ? "not provided" : cells.get(0) + " " + cells.get(1);
                shown.put(row.selectFirst("th").text(), text.trim());
            }
        }
        return shown;
    }
}
