package uk.childstats.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.MEASURE;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;
import uk.childstats.web.Reuse;

/** CSV files as RFC 4180 with a file name, metadata naming every column, caching headers, and the downloads page. */
class DownloadFormatsTest {

    private static List<String> everyCsv() {
        List<String> paths = new ArrayList<>();
        TestSite.page("/downloads").select("a").forEach(a -> {
            if (a.attr("href").endsWith(".csv")) {
                paths.add(a.attr("href"));
            }
        });
        return paths;
    }

    @Test
    void aForceCsvIsAnAttachmentNamedForTheForceInUtf8WithCrlfLines() {
        HttpResponse<String> response = TestSite.get("/forces/dorset-police.csv", "*/*");
        assertEquals(200, response.statusCode());
        assertEquals("attachment; filename=\"child-sexual-offences-dorset-police.csv\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv; charset=utf-8"));
        assertTrue(response.body().startsWith("year,total_offences,"), response.body());
        assertTrue(response.body().contains("\r\n2015/16,422,74,24,90,27.1,"), response.body());
    }

    @Test
    void numbersArePlainAndNotProvidedIsAnEmptyCellNeverZero() {
        List<Map<String, String>> rows = Downloads.rows(TestSite.download("/forces/cheshire-constabulary.csv"));
        assertTrue(rows.stream().allMatch(r -> r.get("total_offences").isEmpty()));
        String uk = TestSite.download("/forces/all-uk-forces.csv");
        assertTrue(uk.contains("2016/17,64667,"), uk);
        assertTrue(Downloads.rows(uk).stream().noneMatch(r -> r.values().stream().anyMatch(v -> v.matches("\\d{1,3}(,\\d{3})+"))));
    }

    @Test
    void quotesWithCommasAndCurlyQuotesSurviveTheRoundTrip() {
        var figure = TestDatabase.withBundledData().dsl().selectFrom(uk.childstats.db.generated.Tables.FIGURE)
                .where(uk.childstats.db.generated.Tables.FIGURE.QUOTE.contains(",")).limit(1).fetchSingle();
        List<Map<String, String>> rows = Downloads.rows(TestSite.download("/data/figures.csv"));
        assertTrue(rows.stream().anyMatch(r -> r.get("quote").equals(figure.getQuote())));
    }

    @Test
    void everyMetadataFileIsCsvwJsonNamingEveryColumnOfItsCsv() {
        List<String> csvs = everyCsv();
        assertTrue(csvs.size() > 60, "forces, years and the whole dataset: " + csvs.size());
        for (String csv : csvs) {
            JsonNode metadata = Downloads.checkedMetadata(csv, Set.of("string", "integer", "decimal", "boolean", "date"));
            String licence = metadata.get("dc:license").get("@id").asText();
            if (licence.endsWith("/about#licence")) {
                assertTrue(metadata.get("dc:source").asText().contains("Freedom of Information"), csv);
            } else {
                assertEquals(Reuse.OPEN_GOVERNMENT_LICENCE_URL, licence, csv);
                assertTrue(csv.equals("/data/child-population.csv") || csv.startsWith("/data/official"), csv);
            }
            assertTrue(metadata.get("dc:bibliographicCitation").asText().contains(csv), csv);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data/figures.csv", "/data/published.csv", "/forces/dorset-police.csv",
            "/forces/dorset-police.csv-metadata.json", "/years/2016-17.csv", "/api/forces/dorset-police",
            "/api/years/2016-17", "/api/figures"})
    void anUnchangedDownloadAnswers304ToItsETag(String path) {
        HttpResponse<String> first = TestSite.get(path, "*/*");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = TestSite.get(path, Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode(), path);
        assertEquals("", again.body());
        assertEquals(etag, again.headers().firstValue("ETag").orElseThrow());
        assertEquals(200, TestSite.get(path, Map.of("If-None-Match", "\"v0-old\"")).statusCode(), path);
        assertEquals(304, TestSite.get(path, Map.of("If-Modified-Since", lastModified)).statusCode(), path);
    }

    @Test
    void theDownloadsPageGivesEachFilesRowCountAndSizeAndADictionaryOfEveryColumnAndMeasure() {
        Document page = TestSite.page("/downloads");
        Set<String> dictionary = new HashSet<>(page.select("#dictionary ~ dl dt code").eachText());
        for (Element row : page.select(".download-list__item")) {
            String csv = row.selectFirst("a[href$=.csv]").attr("href");
            String body = TestSite.download(csv);
            int rows = Downloads.rows(body).size();
            assertEquals(String.format(Locale.UK, "%,d", rows) + (rows == 1 ? " row" : " rows"),
                    row.selectFirst(".download-list__rows").text(), csv);
            assertTrue(row.selectFirst(".download-list__size").text().matches("[\\d,]+ (bytes|KB)"), csv);
            assertTrue(dictionary.containsAll(Downloads.header(body)), csv + " has a column missing from the dictionary");
        }
        List<String> measures = TestDatabase.withBundledData().dsl().select(MEASURE.CODE).from(MEASURE).fetch(MEASURE.CODE);
        assertTrue(dictionary.containsAll(measures), "every measure is in the dictionary");
        assertNotNull(page.selectFirst("#cite-downloads"));
    }
}
