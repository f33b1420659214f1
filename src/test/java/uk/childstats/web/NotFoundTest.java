package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestSite;

/** A program gets a 404 it can read: JSON under /api/ and for metadata, plain text for a CSV; people get the page. */
class NotFoundTest {

    @ParameterizedTest
    @ValueSource(strings = {"/api/official/forces/no-such-force", "/api/official/forces/police-scotland",
            "/api/official/years/1999-00", "/api/official/years/2025-26", "/api/official/nothing",
            "/api/forces/no-such-force", "/api/years/1999-00", "/api/%3Cscript%3E",
            "/data/nothing.csv-metadata.json", "/forces/no-such-force.csv-metadata.json"})
    void anUnknownApiAddressAnswers404WithASmallJsonBody(String path) {
        for (String accept : new String[] {"application/json", "text/html", "*/*"}) {
            HttpResponse<String> response = TestSite.get(path, accept);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("application/json"),
                    path + " " + accept);
            JsonNode body = Downloads.json(response.body());
            assertEquals("not found", body.get("error").asText(), path);
            assertFalse(response.body().contains("<"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/data/nothing.csv", "/data/official-monthly.csv", "/forces/no-such-force.csv",
            "/years/1999-00.csv"})
    void anUnknownCsvAnswers404AsPlainText(String path) {
        for (String accept : new String[] {"text/csv", "text/html", "*/*"}) {
            HttpResponse<String> response = TestSite.get(path, accept);
            assertEquals(404, response.statusCode(), path);
            assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"),
                    path + " " + accept);
            assertTrue(response.body().startsWith("Not found"), path);
            assertFalse(response.body().contains("<"), path);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"/official/1999-00", "/forces/no-such-force", "/no-such-page"})
    void anUnknownPageKeepsTheHtml404WithTheHelpPanel(String path) {
        HttpResponse<String> response = TestSite.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"), path);
        assertTrue(response.body().contains("Page not found"), path);
        assertNotNull(Jsoup.parse(response.body()).selectFirst("aside.help-panel"), path);
    }
}
