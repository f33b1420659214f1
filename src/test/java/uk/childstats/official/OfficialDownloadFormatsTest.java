package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestSite;
import uk.childstats.web.Reuse;

/** The official downloads follow the conventions of the others: CSVW metadata, licence, source, ETags, listing. */
class OfficialDownloadFormatsTest {
    private static final List<String> CSVS = List.of("/data/official.csv", "/data/official-quarterly.csv",
            "/data/child-population.csv");

    @Test
    void everyMetadataFileNamesExactlyTheColumnsOfItsCsvWithTitlesAndDatatypes() {
        for (String csv : CSVS) {
            Downloads.checkedMetadata(csv, Set.of("string", "integer", "boolean", "date"));
        }
    }

    @Test
    void everyMetadataFileGivesTheOpenGovernmentLicenceItsSourceAndHowToCite() {
        for (String csv : CSVS) {
            JsonNode metadata = Downloads.json(TestSite.download(csv + "-metadata.json"));
            assertEquals(Reuse.OPEN_GOVERNMENT_LICENCE_URL, metadata.get("dc:license").get("@id").asText(), csv);
            assertTrue(metadata.get("dc:rights").asText().contains("Contains public sector information licensed "
                    + "under the Open Government Licence v3.0."), csv);
            assertTrue(metadata.get("dc:bibliographicCitation").asText().contains(csv), csv);
            assertTrue(metadata.get("dc:bibliographicCitation").asText().contains(Reuse.DATE_PLACEHOLDER), csv);
        }
        assertTrue(source("/data/official.csv").contains("Home Office"));
        assertTrue(source("/data/official.csv").contains("release of 23 April 2026"));
        assertTrue(source("/data/official-quarterly.csv").contains("release of 23 April 2026"));
        assertTrue(source("/data/child-population.csv").contains("MYE2"));
    }

    private static String source(String csv) {
        return Downloads.json(TestSite.download(csv + "-metadata.json")).get("dc:source").asText();
    }

    @Test
    void aCsvPointsToItsMetadata() {
        HttpResponse<String> response = TestSite.get("/data/official.csv", "text/csv");
        assertEquals("</data/official.csv-metadata.json>; rel=\"describedby\"; type=\"application/csvm+json\"",
                response.headers().firstValue("Link").orElseThrow());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data/official.csv", "/data/official-quarterly.csv", "/data/child-population.csv",
            "/data/official.csv-metadata.json", "/data/child-population.csv-metadata.json",
            "/api/official/forces/dorset-police", "/api/official/years/2016-17"})
    void anUnchangedOfficialDownloadAnswers304ToItsETag(String path) {
        HttpResponse<String> first = TestSite.get(path, "*/*");
        assertEquals(200, first.statusCode(), path);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        String lastModified = first.headers().firstValue("Last-Modified").orElseThrow();
        HttpResponse<String> again = TestSite.get(path, Map.of("If-None-Match", etag));
        assertEquals(304, again.statusCode(), path);
        assertEquals("", again.body(), path);
        assertEquals(200, TestSite.get(path, Map.of("If-None-Match", "\"v0-old\"")).statusCode(), path);
        assertEquals(304, TestSite.get(path, Map.of("If-Modified-Since", lastModified)).statusCode(), path);
    }

    @Test
    void theOfficialApisSayHowToCiteThem() {
        JsonNode force = Downloads.json(TestSite.download("/api/official/forces/dorset-police"));
        assertTrue(force.get("citation").asText().contains("/api/official/forces/dorset-police"));
        JsonNode year = Downloads.json(TestSite.download("/api/official/years/2016-17"));
        assertTrue(year.get("citation").asText().contains("/api/official/years/2016-17"));
        assertTrue(year.get("release").get("source").asText().contains("Open Government Licence v3.0"));
    }

    @Test
    void theDownloadsPageListsTheOfficialFilesInASectionWithTheirCaveat() {
        Document page = TestSite.page("/downloads");
        Element heading = page.getElementById("official");
        assertNotNull(heading);
        String section = heading.nextElementSibling().text();
        assertTrue(section.contains("narrower measure than the FOI figures"), section);
        assertTrue(section.contains("England and Wales only"), section);
        assertTrue(section.contains("Never add the two together"), section);
        Element table = page.selectFirst("ul[aria-labelledby=official]");
        assertEquals(CSVS, table.select("a[href$=.csv]").eachAttr("href"));
        for (String csv : CSVS) {
            assertNotNull(page.getElementById(csv.substring(csv.lastIndexOf('/') + 1).replace('.', '-')), csv);
        }
        assertTrue(page.text().contains("release of 23 April 2026"));
    }
}
