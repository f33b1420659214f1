package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.Settings;
import uk.childstats.Site;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;
import uk.childstats.db.EmbeddedMariaDb;

/**
 * The embedded database dies under the site: stored pages go on at full speed, and so does a comparison of FOI
 * figures nobody asked for yet (it is made of what the release shares, read before); what needs the database (an
 * official comparison, which reads each force's counts) answers 503 with help at once, and once the supervisor has
 * started the database again the site serves fresh pages by itself.
 */
class DatabaseOutageTest {
    private static final Path DIR = Path.of("target", "outage-test-mariadb").toAbsolutePath();
    private static final String OFFICIAL_COMPARISON = "/compare?series=official&force=wiltshire-police";
    private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @Test
    void theSiteRidesOutAnOutageAndHealsByItself() throws Exception {
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(DIR)) {
            server.createSchema("outage");
            try (Database writer = Database.migrated(server.jdbcUrl("outage"), server.admin())) {
                new Importer(writer.dsl()).importFile(Path.of("data", "nspcc_foi_figures.csv"));
            }
            Database reader = Database.readOnly(server.jdbcUrl("outage"), server.reader());
            Site site = Site.start(reader.dsl(), Settings.from(Map.of()).withPort(0));
            String base = "http://localhost:" + site.port();
            try {
                assertTrue(site.awaitRendered(Duration.ofSeconds(120)), "the release was not rendered");
                assertEquals(200, get(base + "/forces/dorset-police").statusCode());
                killTheDatabase();

                long cached = millis(() -> assertEquals(200, get(base + "/forces/dorset-police").statusCode()));
                assertTrue(cached < 100, "a stored page took " + cached + " ms during the outage");

                assertEquals(200, get(base + "/compare?force=wiltshire-police").statusCode());
                HttpResponse<String>[] uncached = new HttpResponse[1];
                long waited = millis(() -> uncached[0] = get(base + OFFICIAL_COMPARISON));
                assertEquals(503, uncached[0].statusCode());
                assertTrue(waited < 2000, "the 503 took " + waited + " ms");
                assertTrue(uncached[0].body().contains("0800 1111"), "the 503 page keeps the help panel");
                assertEquals("10", uncached[0].headers().firstValue("Retry-After").orElse(null));
                uk.childstats.support.SecurityHeadersCheck.assertAllPresent(uncached[0].headers(), "503 page");
                HttpResponse<String> csv = get(base + "/compare.csv?series=official&force=wiltshire-police");
                assertEquals(503, csv.statusCode());
                assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/plain"));
                uk.childstats.support.SecurityHeadersCheck.assertAllPresent(csv.headers(), "503 CSV");
                assertEquals(503, get(base + "/readyz").statusCode());
                assertEquals(200, get(base + "/healthz").statusCode());

                server.supervised(Duration.ofMillis(500));
                long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
                int status = 0;
                while (status != 200 && System.nanoTime() < deadline) {
                    Thread.sleep(500);
                    status = get(base + OFFICIAL_COMPARISON).statusCode();
                }
                assertEquals(200, status, "the site did not recover once the database was back");
                assertEquals(200, get(base + "/readyz").statusCode());
            } finally {
                site.stop();
                reader.close();
            }
        }
    }

    private static void killTheDatabase() throws InterruptedException {
        List<ProcessHandle> servers = ProcessHandle.current().descendants()
                .filter(p -> p.info().commandLine().orElse("").contains(DIR.toString()))
                .filter(p -> p.info().command().orElse("").endsWith("mariadbd")).toList();
        assertEquals(1, servers.size(), "expected the one embedded server of this test");
        servers.get(0).destroyForcibly();
        while (servers.get(0).isAlive()) {
            Thread.sleep(50);
        }
    }

    private static HttpResponse<String> get(String url) {
        try {
            return CLIENT.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(30)).build(),
                    HttpResponse.BodyHandlers.ofString());
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static long millis(Runnable request) {
        long start = System.nanoTime();
        request.run();
        return Duration.ofNanos(System.nanoTime() - start).toMillis();
    }
}
