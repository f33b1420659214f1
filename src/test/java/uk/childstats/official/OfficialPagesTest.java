package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.AREA;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** The official series on the pages: every sum is checked against sums this test computes from the file itself. */
class OfficialPagesTest {
    static final String SOURCE_LINE = "Source: Home Office, police recorded crime open data tables, release of "
            + "23 April 2026. Contains public sector information licensed under the Open Government Licence v3.0.";

    private static long number(String text) {
        return Long.parseLong(text.replace(",", ""));
    }

    /** Year → total from the by-type half of the official table with the given id. */
    private static Map<String, Long> totalsOf(Document page, String tableId) {
        Map<String, Long> totals = new TreeMap<>();
        for (Element row : page.getElementById(tableId + "-by-type").select("tbody tr")) {
            List<Element> cells = row.select("td");
            long groups = cells.subList(0, 8).stream().mapToLong(td -> number(td.text())).sum();
            long total = number(row.selectFirst("td.official-total .official-total__value").text());
            assertEquals(total, groups, "the groups add up to the total in " + row.text());
            totals.put(row.selectFirst("th").text(), total);
        }
        return totals;
    }

    private static Element rowOf(Element table, String header) {
        return table.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals(header)).findFirst()
                .orElseThrow(() -> new AssertionError("no row " + header));
    }

    @Test
    void everyForcePageShowsYearlyTotalsEqualToTheSumOfTheQuartersInTheFile() {
        Map<String, Map<String, Long>> expected = HomeOfficeCsv.yearTotalsByForce();
        Map<String, String> slugs = TestDatabase.withBundledData().dsl().select(AREA.HOME_OFFICE_NAME, AREA.SLUG)
                .from(AREA).where(AREA.HOME_OFFICE_NAME.isNotNull()).fetchMap(AREA.HOME_OFFICE_NAME, AREA.SLUG);
        assertEquals(44, expected.size());
        expected.forEach((force, years) -> {
            Document page = TestSite.page("/forces/" + slugs.get(force));
            assertEquals(years, totalsOf(page, "official-figures"), force);
        });
    }

    @Test
    void aYearWithANegativeQuarterShowsTheSumOfAllFourQuarters() {
        // Cambridgeshire has a -1 quarter for code 19G in 2012/13 (checked in OfficialImportTest).
        Document page = TestSite.page("/forces/cambridgeshire-constabulary");
        long expected = HomeOfficeCsv.yearTotalsByForce().get("Cambridgeshire").get("2012/13");
        assertEquals(expected, totalsOf(page, "official-figures").get("2012/13"));
    }

    @Test
    void englandAndWalesTotalsAreTheSumOfThe43ForcesWithoutBritishTransportPolice() {
        Map<String, Long> expected = HomeOfficeCsv.englandAndWalesTotals();
        Document page = TestSite.page("/official");
        Map<String, Long> shown = totalsOf(page, "official-england-and-wales");
        assertEquals(expected, shown);
        long withBtp = expected.get("2017/18") + HomeOfficeCsv.yearTotalsByForce().get(HomeOfficeCsv.BTP).get("2017/18");
        assertNotEquals(withBtp, shown.get("2017/18"));
        Element btp = page.getElementById("official-british-transport-police");
        assertEquals("66", rowOf(btp, "2017/18").selectFirst("td").text());
    }

    @Test
    void everyYearPageRanksThe43ForcesAndItsTotalIsTheirSumWithoutBritishTransportPolice() {
        Map<String, Long> expected = HomeOfficeCsv.englandAndWalesTotals();
        Map<String, Map<String, Long>> byForce = HomeOfficeCsv.yearTotalsByForce();
        expected.forEach((year, total) -> {
            Document page = TestSite.page("/official/" + year.replace('/', '-'));
            assertEquals(total, number(page.getElementById("england-and-wales-total").text()), year);
            List<Element> ranked = page.select("#ranked-by-count tbody tr");
            assertEquals(43, ranked.size(), year);
            assertEquals(total, ranked.stream().mapToLong(r -> number(r.select("td").get(1)
                    .selectFirst(".official-total__value").text())).sum(), year);
            assertTrue(ranked.stream().noneMatch(r -> r.text().contains("British Transport Police")), year);
            assertTrue(page.select("#ranked-by-rate tbody tr").stream()
                    .noneMatch(r -> r.text().contains("British Transport Police")), year);
            assertEquals(byForce.get(HomeOfficeCsv.BTP).get(year),
                    number(page.getElementById("british-transport-police-total").text()), year);
        });
    }

    @Test
    void aRateEqualsItsHandComputationWithTheWorkingShown() {
        long offences = HomeOfficeCsv.yearTotalsByForce().get("Dorset").get("2016/17");
        long children = HomeOfficeCsv.children("Dorset Police", 2016);
        assertEquals(502, offences, "497 in October 2023, revised in April 2026");
        assertEquals(142_842, children);
        String rate = BigDecimal.valueOf(offences * 1000).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP)
                .toPlainString();
        assertEquals("3.5", rate);
        Element row = rowOf(TestSite.page("/forces/dorset-police").getElementById("official-figures"), "2016/17");
        assertEquals("3.5", row.selectFirst(".official-rate .rate").text());
        assertEquals("502 offences ÷ 142,842 children × 1,000 = 3.5", row.selectFirst(".official-rate .rate-working").text());
    }

    @Test
    void theEnglandAndWalesRateDividesByTheChildrenOfAll43ForceAreas() {
        long children = HomeOfficeCsv.records(HomeOfficeCsv.POPULATION).stream()
                .filter(r -> r.get("year").equals("2016") && (r.get("nation").equals("England") || r.get("nation").equals("Wales")))
                .mapToLong(r -> Long.parseLong(r.get("population_0_17"))).sum();
        long offences = HomeOfficeCsv.englandAndWalesTotals().get("2016/17");
        String rate = BigDecimal.valueOf(offences * 1000).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP)
                .toPlainString();
        Element shown = TestSite.page("/official/2016-17").getElementById("england-and-wales-rate");
        assertEquals(rate, shown.selectFirst(".rate").text());
        assertTrue(shown.text().contains(String.format("%,d children", children)), shown.text());
    }

    @Test
    void aYearWithoutAPopulationEstimateShowsNotAvailable() {
        Element row = rowOf(TestSite.page("/forces/dorset-police").getElementById("official-figures"), "2013/14");
        assertEquals("not available", row.selectFirst(".official-rate").text());
        Document year = TestSite.page("/official/2012-13");
        assertEquals("not available", year.getElementById("england-and-wales-rate").text());
        assertTrue(year.text().contains("Rates are not available for 2012/13"));
        assertTrue(year.select("#ranked-by-rate").isEmpty());
    }

    @Test
    void theFoiTablesCarryARateForTheFoiTotal() {
        long children = HomeOfficeCsv.children("Dorset Police", 2015);
        String expected = "422 offences ÷ " + String.format("%,d", children) + " children × 1,000 = "
                + BigDecimal.valueOf(422_000).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP);
        Document force = TestSite.page("/forces/dorset-police");
        Element foiRow = rowOf(force.selectFirst("table"), "2015/16");
        assertEquals(expected, foiRow.selectFirst(".foi-rate .rate-working").text());
        Document year = TestSite.page("/years/2016-17");
        Element avon = year.select("tbody tr").stream().filter(r -> r.text().contains("Avon and Somerset")).findFirst().orElseThrow();
        long avonChildren = HomeOfficeCsv.children("Avon and Somerset Constabulary", 2016);
        assertEquals("1,483 offences ÷ " + String.format("%,d", avonChildren) + " children × 1,000 = "
                + BigDecimal.valueOf(1_483_000).divide(BigDecimal.valueOf(avonChildren), 1, RoundingMode.HALF_UP),
                avon.selectFirst(".foi-rate .rate-working").text());
    }

    @Test
    void cityOfLondonsRateCarriesAWarning() {
        Document page = TestSite.page("/forces/city-of-london-police");
        assertNotNull(page.selectFirst("#official-figures .rate-warning"));
        assertTrue(page.selectFirst(".official-section .few-children-warning").text().contains("handful of offences"));
    }

    @Test
    void ratesAcrossTheChangeOfCensusBaseSaySo() {
        Element section = TestSite.page("/forces/dorset-police").selectFirst(".official-section");
        assertTrue(section.selectFirst(".census-base-note").text().contains("Census 2021"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forces/police-scotland", "/forces/police-service-of-northern-ireland"})
    void scotlandAndNorthernIrelandSayTheSeriesCoversEnglandAndWalesOnly(String path) {
        Element section = TestSite.page(path).selectFirst(".official-section");
        assertTrue(section.text().contains("covers England and Wales only"), section.text());
        assertTrue(section.select("table").isEmpty());
    }

    @Test
    void britishTransportPoliceIsShownOnItsOwnWithoutARate() {
        Element section = TestSite.page("/forces/british-transport-police").selectFirst(".official-section");
        assertTrue(section.text().contains("never part of a ranking or of the England and Wales total"));
        assertTrue(section.select(".official-rate").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/official", "/official/2016-17", "/forces/dorset-police", "/forces/british-transport-police", "/"})
    void everyTableOfTheSeriesHasTheSourceLineUnderIt(String path) {
        Document page = TestSite.page(path);
        List<Element> tables = page.select("#page-content table").stream()
                .filter(t -> t.id().startsWith("official") || t.id().startsWith("ranked-by")).toList();
        for (Element table : tables) {
            Element after = table.closest(".table-scroll").nextElementSiblings().stream()
                    .filter(e -> e.hasClass("official-source")).findFirst().orElse(null);
            assertNotNull(after, path + " " + table.id());
            assertEquals(SOURCE_LINE, after.text());
        }
        assertFalse(page.select(".official-source").isEmpty(), path);
        page.select(".official-source").forEach(p -> assertEquals(SOURCE_LINE, p.text()));
    }

    @Test
    void theHomePageShowsTheLatestOfficialTotalBesideTheFoiHeadlineEachLabelled() {
        Document home = TestSite.page("/");
        Element official = home.selectFirst(".headlines .headline--official");
        assertEquals(HomeOfficeCsv.englandAndWalesTotals().get("2024/25"), number(official.selectFirst(".headline-number").text()));
        assertTrue(official.text().contains("2024/25"));
        assertTrue(official.text().contains("official figures, England and Wales only"));
        assertTrue(official.text().contains("per 1,000 children"));
        assertTrue(home.selectFirst(".headlines .headline").text().contains("NSPCC Freedom of Information figures"));
    }

    @Test
    void forceAndYearPagesLinkToEachOther() {
        Document force = TestSite.page("/forces/dorset-police");
        assertNotNull(force.selectFirst("#official-figures a[href=/official/2016-17]"));
        Document year = TestSite.page("/official/2016-17");
        assertNotNull(year.selectFirst("#ranked-by-count a[href=/forces/dorset-police]"));
        assertNotNull(TestSite.page("/years/2016-17").selectFirst("a[href=/official/2016-17]"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"/official", "/official/2016-17", "/forces/dorset-police"})
    void officialPagesHaveTheHelpPanelTheExitLinkOneHeadingAndNoInlineScript(String path) {
        Document page = TestSite.page(path);
        assertNotNull(page.selectFirst("aside.help-panel"), path);
        assertNotNull(page.getElementById("exit-this-page-button"), path);
        assertEquals(1, page.select("h1").size(), path);
        assertTrue(page.select("script:not([src])").stream().allMatch(s -> "application/json".equals(s.attr("type"))));
        assertTrue(page.select("[style]").isEmpty(), path);
    }

    /**
     * Every value of the overview chart, for each of its four bands and every year, against sums over the Home Office
     * file (British Transport Police left out) with the bands' codes written out here by hand from their definitions.
     */
    @Test
    void theChartDataHoldsEveryBandsYearlySumFromTheFile() {
        Map<String, List<String>> bands = new java.util.LinkedHashMap<>();
        bands.put("Rape", List.of("19E", "19H", "19D", "19G"));
        bands.put("Sexual assault or activity", List.of("20B", "17B", "21", "22B"));
        bands.put("Sexual grooming", List.of("88A"));
        bands.put("Other (exploitation, abuse of trust)", List.of("71", "73"));
        Map<String, Long> byForceYearCode = HomeOfficeCsv.yearCountsByForceAndCode();
        List<String> years = List.copyOf(HomeOfficeCsv.englandAndWalesTotals().keySet());
        Map<String, List<Long>> expected = new java.util.LinkedHashMap<>();
        bands.forEach((label, codes) -> expected.put(label, years.stream().map(year -> byForceYearCode.entrySet()
                .stream().filter(e -> !e.getKey().startsWith(HomeOfficeCsv.BTP + "|"))
                .filter(e -> codes.stream().anyMatch(c -> e.getKey().endsWith("|" + year + "|" + c)))
                .mapToLong(Map.Entry::getValue).sum()).toList()));
        com.fasterxml.jackson.databind.JsonNode json = uk.childstats.support.Downloads.json(
                TestSite.page("/official").getElementById("official-chart-data").data());
        List<String> shownYears = new java.util.ArrayList<>();
        json.get("categories").forEach(y -> shownYears.add(y.asText()));
        assertEquals(years, shownYears);
        Map<String, List<Long>> shown = new java.util.LinkedHashMap<>();
        json.get("series").forEach(series -> {
            List<Long> values = new java.util.ArrayList<>();
            series.get("values").forEach(v -> values.add(v.asLong()));
            shown.put(series.get("name").asText(), values);
        });
        assertEquals(expected, shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/official/2025-26", "/official/2011-12", "/official/2016-18", "/official/2016/17",
            "/api/official/forces/police-scotland", "/api/official/forces/no-such-force", "/api/official/years/1999-00"})
    void unknownYearsAndForcesAre404s(String path) {
        var response = TestSite.get(path);
        assertEquals(404, response.statusCode(), path);
        assertFalse(response.body().contains("Exception"));
    }
}
