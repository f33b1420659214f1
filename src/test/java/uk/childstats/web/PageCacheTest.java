package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.Settings;
import uk.childstats.Site;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

class PageCacheTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private static HttpResponse<String> get(String url, String etag) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url));
        if (etag != null) {
            request.header("If-None-Match", etag);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aRepeatVisitWithTheETagIsAnsweredNotModified() throws Exception {
        HttpResponse<String> first = get(TestSite.baseUrl() + "/forces/dorset-police", null);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> second = get(TestSite.baseUrl() + "/forces/dorset-police", etag);
        assertEquals(304, second.statusCode());
        assertTrue(second.body().isEmpty());
        assertEquals(200, get(TestSite.baseUrl() + "/forces/dorset-police", "\"other\"").statusCode());
    }

    @Test
    void anImportIsShownWithoutARestart() throws Exception {
        Database database = TestDatabase.freshSchema("cache_test");
        Importer importer = new Importer(database.dsl());
        importer.importReader("one.csv", new StringReader(
                "nation,force,year,measure,value,source_url,source_title,published,quote\n"
                        + "England,Dorset Police,2015/16,total_offences,4242,https://example.org/a,A,,\"4242\"\n"));
        Site server = Site.start(database.dsl(), Settings.from(Map.of()).withPort(0));
        try {
            String url = "http://localhost:" + server.port() + "/forces/dorset-police";
            String before = get(url, null).body();
            assertTrue(before.contains(">4242<"));
            importer.importFile(Path.of("data", "nspcc_foi_figures.csv"));
            Thread.sleep(2100);
            String after = get(url, null).body();
            assertFalse(after.contains(">4242<"));
            assertTrue(after.contains(">422<"));
        } finally {
            server.stop();
        }
    }

    @Test
    void aVisitorsHostHeaderNeverReachesThePagesOthersAreServed() throws Exception {
        Database database = TestDatabase.freshSchema("host_test");
        new Importer(database.dsl()).importFile(Path.of("data", "nspcc_foi_figures.csv"));
        Site server = Site.start(database.dsl(),
                Settings.from(Map.of("SITE_URL", "https://figures.example.org/")).withPort(0));
        try {
            String url = "http://localhost:" + server.port() + "/forces/dorset-police";
            java.net.Socket socket = new java.net.Socket("localhost", server.port());
            socket.getOutputStream().write(("GET /forces/dorset-police?x=1 HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n").getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            String hostile = new String(socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            socket.close();
            assertFalse(hostile.contains("evil.example"));
            HttpResponse<String> next = get(url, null);
            assertFalse(next.body().contains("evil.example"));
            assertFalse(next.body().contains("?x=1"));
            assertTrue(next.body().contains("https://figures.example.org/forces/dorset-police, retrieved"));
            assertEquals("no-store", next.headers().firstValue("Cache-Control").orElseThrow());
        } finally {
            server.stop();
        }
    }
}
