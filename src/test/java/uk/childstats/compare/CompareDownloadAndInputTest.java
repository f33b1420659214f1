package uk.childstats.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.TestSite;

/** The CSV of a comparison is the table as shown; a shared address gives the same page; bad input gets a message. */
class CompareDownloadAndInputTest {

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"foi,count", "foi,rate", "official,count", "official,rate"})
    void theCsvHoldsEveryCellOfTheTableAsAPlainNumberOrAnEmptyCellWithItsReason(String series, String measure)
            throws IOException {
        Document page = TestSite.page(CompareSeriesAndMeasuresTest.address(series, measure));
        String csvHref = page.selectFirst("#chart-compare .chart__downloads a[href^=/compare.csv]").attr("href");
        HttpResponse<String> response = TestSite.get(csvHref, "*/*");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow()
                .startsWith("attachment; filename=\"child-sexual-offences-comparison-" + series + "-" + measure + "-"));
        List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                .parse(new StringReader(response.body())).getRecords();
        String column = measure.equals("rate") ? "offences_per_1000_children" : "offences";
        Element table = page.selectFirst("#chart-compare table");
        List<String> forces = table.select("thead th").eachText().subList(1, 6);
        int checked = 0;
        for (Element row : table.select("tbody tr")) {
            String year = row.selectFirst("th").text();
            List<String> cells = row.select("td").eachText();
            for (int i = 0; i < forces.size(); i++) {
                CSVRecord record = find(records, forces.get(i), year);
                String cell = cells.get(i);
                boolean shown = cell.matches("[\\d,.]+");
                assertEquals(shown ? cell.replace(",", "") : "", record.get(column), forces.get(i) + " " + year);
                assertEquals(fromFiles(series, measure, forces.get(i), year), record.get(column),
                        series + " " + measure + " " + forces.get(i) + " " + year + ", worked out from data/");
                assertEquals(shown ? "" : cell, record.get("note"));
                checked++;
            }
        }
        assertEquals(checked, records.size());
    }

    /** The figure a comparison cell must hold, from the files in data/: "" where there is none. */
    private static String fromFiles(String series, String measure, String force, String year) {
        java.util.Optional<Long> count = series.equals("foi") ? uk.childstats.support.FoiFiles.total(force, year)
                : officialCount(force, year);
        if (measure.equals("count") || count.isEmpty()) {
            return count.map(String::valueOf).orElse("");
        }
        String midYear = year.substring(0, 4);
        return uk.childstats.support.HomeOfficeCsv.records(uk.childstats.support.HomeOfficeCsv.POPULATION).stream()
                .filter(r -> r.get("police_force").equals(force) && r.get("year").equals(midYear))
                .map(r -> java.math.BigDecimal.valueOf(count.get() * 1000).divide(
                        new java.math.BigDecimal(r.get("population_0_17")), 1, java.math.RoundingMode.HALF_UP)
                        .toPlainString()).findFirst().orElse("");
    }

    private static final Map<String, Map<String, Long>> OFFICIAL = uk.childstats.support.HomeOfficeCsv.yearTotalsByForce();

    /** A force's official count for a year, from the Home Office file (its short names: "Dorset", "London, City of"). */
    private static java.util.Optional<Long> officialCount(String force, String year) {
        return OFFICIAL.entrySet().stream()
                .filter(e -> force.equals(e.getKey()) || force.startsWith(e.getKey() + " ")
                        || (e.getKey().equals("London, City of") && force.equals("City of London Police")))
                .map(e -> e.getValue().get(year)).filter(java.util.Objects::nonNull).findFirst();
    }

    private static CSVRecord find(List<CSVRecord> records, String force, String year) {
        return records.stream().filter(r -> r.get("police_force").equals(force) && r.get("financial_year").equals(year))
                .findFirst().orElseThrow(() -> new AssertionError("no row for " + force + " " + year));
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"foi,count", "official,rate"})
    void theSharedAddressAndTheSubmittedFormReproduceTheSamePage(String series, String measure) {
        Document page = TestSite.page(CompareSeriesAndMeasuresTest.address(series, measure));
        String shared = page.selectFirst("a.compare-share").attr("href");
        assertEquals(CompareSeriesAndMeasuresTest.address(series, measure), shared);
        assertEquals(shared, ComparePageTest.submit(page.selectFirst("form.compare-picker")));
        Document again = TestSite.page(shared);
        for (String part : List.of("#chart-compare table", ".compare-series", "#chart-compare-data", ".compare-source")) {
            assertEquals(page.select(part).outerHtml(), again.select(part).outerHtml(), part);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/compare?series=official-and-foi&force=dorset-police",
            "/compare?series=official&measure=per-head&force=dorset-police",
            "/compare?series=foi&series=official&force=dorset-police"})
    void anUnknownSeriesOrMeasureIsABadRequestWithAClearMessageTheFormAndTheHelpPanel(String address) {
        HttpResponse<String> response = TestSite.get(address);
        assertEquals(400, response.statusCode());
        Document page = Jsoup.parse(response.body());
        String message = page.selectFirst(".compare-messages").text();
        assertTrue(message.contains("this page offers") || message.contains("Choose one series"), message);
        assertNull(page.selectFirst("#chart-compare"), "no comparison is guessed");
        assertNotNull(page.selectFirst("aside.help-panel a[href^=tel:]"));
        assertEquals(List.of("dorset-police"), page.select("input[type=checkbox][checked]").eachAttr("value"));
        assertNoStackTrace(response.body());
        assertEquals(400, TestSite.get(address.replace("/compare?", "/compare.csv?"), "*/*").statusCode());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/compare?series=official&measure=rate&force=no-such-force&force=dorset-police",
            "/compare?series=official&measure=rate&force=dorset-police&force=wiltshire-police&force=kent-police"
                    + "&force=essex-police&force=gwent-police&force=sussex-police&force=suffolk-constabulary"})
    void anUnknownForceOrASeventhForceIsLeftOutWithAMessageAndTheRestCompared(String address) {
        HttpResponse<String> response = TestSite.get(address);
        assertEquals(200, response.statusCode());
        Document page = Jsoup.parse(response.body());
        String message = page.selectFirst(".compare-messages").text();
        assertTrue(message.contains("There is no police force called “no-such-force”")
                || message.contains("You chose 7 forces. Up to 6"), message);
        assertTrue(page.select("#chart-compare thead th").eachText().contains("Dorset Police"));
        assertFalse(page.select("#chart-compare thead th").eachText().contains("Suffolk Constabulary"));
        assertNotNull(page.selectFirst("aside.help-panel"));
        assertNoStackTrace(response.body());
    }

    private static void assertNoStackTrace(String body) {
        for (String trace : List.of("Exception", "at uk.childstats", "at java.", "SQL")) {
            assertFalse(body.contains(trace), trace);
        }
    }
}
