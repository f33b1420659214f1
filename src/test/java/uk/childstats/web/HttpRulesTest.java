package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.Settings;
import uk.childstats.Site;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/** Methods and caching headers, on every kind of answer, as a shared cache or an attacker would see them. */
class HttpRulesTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> PAGES = List.of("/", "/forces", "/forces/dorset-police", "/years/2016-17",
            "/official", "/official/2016-17", "/compare?force=dorset-police", "/downloads", "/help", "/about",
            "/no-such-page", "/forces/atlantis");
    private static final List<String> FILES = List.of("/data/official.csv", "/data/official.csv-metadata.json",
            "/forces/dorset-police.csv", "/api/forces/dorset-police", "/api/official/forces/dorset-police");

    private static HttpResponse<String> send(String method, String path, Map<String, String> headers)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestSite.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void everyPageIsSentNoStoreAndVariesByEncoding() throws Exception {
        for (String page : PAGES) {
            HttpResponse<String> response = send("GET", page, Map.of());
            assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null), page);
            assertEquals("Accept-Encoding", response.headers().firstValue("Vary").orElse(null), page);
        }
    }

    @Test
    void headIsAnsweredLikeGetWithoutABody() throws Exception {
        for (String path : List.of("/forces/dorset-police", "/help", "/data/official.csv")) {
            HttpResponse<String> get = send("GET", path, Map.of());
            HttpResponse<String> head = send("HEAD", path, Map.of());
            assertEquals(200, head.statusCode(), path);
            assertEquals("", head.body(), path);
            assertEquals(get.headers().firstValue("Content-Type"), head.headers().firstValue("Content-Type"), path);
            assertEquals(get.headers().firstValue("Cache-Control"), head.headers().firstValue("Cache-Control"), path);
        }
    }

    @Test
    void aMethodOverrideHeaderIsIgnored() throws Exception {
        for (String override : List.of("X-HTTP-Method-Override", "X-HTTP-Method", "X-Method-Override")) {
            for (String method : List.of("HEAD", "DELETE", "PUT")) {
                HttpResponse<String> response = send("GET", "/help", Map.of(override, method));
                assertEquals(200, response.statusCode(), override + ": " + method);
                assertTrue(response.body().contains("0800 1111"), override + ": " + method + " gave no page");
                assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
            }
        }
    }

    @Test
    void otherMethodsAre405WithAllow() throws Exception {
        for (String method : List.of("POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND")) {
            for (String path : List.of("/", "/forces/dorset-police", "/data/official.csv", "/no-such-page")) {
                HttpResponse<String> response = send(method, path, Map.of());
                assertEquals(405, response.statusCode(), method + " " + path);
                assertEquals("GET, HEAD", response.headers().firstValue("Allow").orElse(null), method + " " + path);
                assertEquals("no-store", response.headers().firstValue("Cache-Control").orElse(null));
            }
        }
    }

    @Test
    void aCompressedAndAPlainDownloadHaveDifferentTagsAndEachRevalidates() throws Exception {
        for (String file : FILES) {
            HttpResponse<String> plain = send("GET", file, Map.of());
            HttpResponse<String> gzip = send("GET", file, Map.of("Accept-Encoding", "gzip"));
            String plainTag = plain.headers().firstValue("ETag").orElseThrow();
            String gzipTag = gzip.headers().firstValue("ETag").orElseThrow();
            assertNotEquals(plainTag, gzipTag, file);
            assertEquals("Accept-Encoding", gzip.headers().firstValue("Vary").orElse(null), file);
            assertEquals(304, send("GET", file, Map.of("If-None-Match", plainTag)).statusCode(), file);
            assertEquals(200, send("GET", file, Map.of("If-None-Match", gzipTag)).statusCode(),
                    file + ": a plain request must not be told its copy is the gzipped one");
            assertEquals(304, send("GET", file, Map.of("If-None-Match", gzipTag, "Accept-Encoding", "gzip"))
                    .statusCode(), file);
        }
    }

    @Test
    void strictTransportSecurityOnlyWhenTheSiteIsServedOverHttps() throws Exception {
        assertFalse(send("GET", "/help", Map.of()).headers().firstValue("Strict-Transport-Security").isPresent());
        Site https = Site.start(TestDatabase.readOnlyBundledData().dsl(),
                Settings.from(Map.of("SITE_URL", "https://figures.example.org")).withPort(0));
        try {
            HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(
                    URI.create("http://localhost:" + https.port() + "/help")).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals("max-age=31536000", response.headers().firstValue("Strict-Transport-Security").orElse(null));
        } finally {
            https.stop();
        }
    }
}
