package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.aayushatharva.brotli4j.decoder.Decoder;
import java.io.ByteArrayInputStream;
import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPInputStream;
import org.jooq.DSLContext;
import org.jooq.ExecuteContext;
import org.jooq.ExecuteListener;
import org.jooq.impl.DSL;
import org.jooq.impl.DefaultExecuteListenerProvider;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import uk.childstats.Settings;
import uk.childstats.Site;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;
import uk.childstats.support.TestDatabase;

/**
 * The site over a small data file of its own: every answer is rendered before it is shown, and serving one again
 * costs no render and no query; gzip bytes are the page's bytes; an ETag revalidates to 304. Last, an import is
 * shown without a restart, on every page and file at the same moment.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ResponseStoreTest {
    static final String HEADER = "nation,force,year,measure,value,source_url,source_title,published,quote\n";
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final AtomicInteger QUERIES_FROM_REQUESTS = new AtomicInteger();
    private static final List<String> SWITCHED = List.of("/forces/dorset-police", "/years/2015-16",
            "/forces/dorset-police.csv", "/api/forces/dorset-police", "/data/figures.csv", "/api/years/2015-16",
            "/embed/forces/dorset-police", "/", "/forces");
    private static Database database;
    private static Site site;

    @BeforeAll
    static void start() throws Exception {
        database = TestDatabase.freshSchema("store_test");
        new Importer(database.dsl()).importReader("one.csv", new StringReader(HEADER
                + "England,Dorset Police,2015/16,total_offences,4242,https://example.org/a,A,,\"4242\"\n"
                + "England,Wiltshire Police,2015/16,total_offences,777,https://example.org/a,A,,\"777\"\n"));
        site = Site.start(counting(database.dsl()),
                Settings.from(Map.of("SITE_URL", "https://figures.example.org/")).withPort(0));
        assertTrue(site.awaitRendered(Duration.ofSeconds(90)), "the release was not rendered");
    }

    @AfterAll
    static void stop() {
        site.stop();
    }

    /** Counts the queries run for visitors' requests: not the once-a-second release check on its own thread. */
    static DSLContext counting(DSLContext dsl) {
        ExecuteListener listener = new ExecuteListener() {
            @Override
            public void executeStart(ExecuteContext ctx) {
                if (!Thread.currentThread().getName().startsWith("release-")) {
                    QUERIES_FROM_REQUESTS.incrementAndGet();
                }
            }
        };
        return DSL.using(dsl.configuration().derive(new DefaultExecuteListenerProvider(listener)));
    }

    static HttpResponse<byte[]> get(int port, String path, Map<String, String> headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
        headers.forEach(request::header);
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
    }

    private static HttpResponse<byte[]> get(String path, Map<String, String> headers) throws Exception {
        return get(site.port(), path, headers);
    }

    @Test
    void aPageCsvOrJsonAskedForAgainIsNeitherRenderedNorQueriedAgain() throws Exception {
        for (String path : List.of("/forces/dorset-police", "/forces/dorset-police.csv", "/api/forces/dorset-police",
                "/data/figures.csv-metadata.json", "/years/2015-16")) {
            int renders = site.store().renders();
            int queries = QUERIES_FROM_REQUESTS.get();
            for (int i = 0; i < 3; i++) {
                assertEquals(200, get(path, Map.of("Accept-Encoding", i == 1 ? "gzip" : "identity")).statusCode());
            }
            assertEquals(renders, site.store().renders(), path + " was rendered again");
            assertEquals(queries, QUERIES_FROM_REQUESTS.get(), path + " queried the database again");
        }
    }

    @Test
    void aComparisonIsRenderedOnceWhenFirstAskedForAndThenKept() throws Exception {
        String path = "/compare?force=dorset-police&force=wiltshire-police";
        int renders = site.store().renders();
        int queries = QUERIES_FROM_REQUESTS.get();
        assertTrue(new String(get(path, Map.of()).body(), StandardCharsets.UTF_8).contains("4,242"));
        assertEquals(renders + 1, site.store().renders());
        assertEquals(queries, QUERIES_FROM_REQUESTS.get(),
                "an FOI comparison is made of what the release shares, read once when the release was rendered");
        assertEquals(200, get(path, Map.of("Accept-Encoding", "gzip")).statusCode());
        assertEquals(200, get(path + "&x=1", Map.of()).statusCode(), "another query string is another answer");
        assertEquals(renders + 2, site.store().renders());
        assertEquals(200, get(path, Map.of()).statusCode());
        assertEquals(renders + 2, site.store().renders());
    }

    @Test
    void anOfficialComparisonReadsOnlyEachForcesCounts() throws Exception {
        int queries = QUERIES_FROM_REQUESTS.get();
        assertEquals(200, get("/compare?series=official&force=dorset-police&force=wiltshire-police", Map.of())
                .statusCode());
        assertEquals(queries + 2, QUERIES_FROM_REQUESTS.get());
    }

    @Test
    void theGzipBytesAreTheSameBytesCompressed() throws Exception {
        for (String path : List.of("/forces/dorset-police", "/data/figures.csv", "/api/figures", "/help")) {
            HttpResponse<byte[]> plain = get(path, Map.of());
            HttpResponse<byte[]> gzip = get(path, Map.of("Accept-Encoding", "gzip, deflate"));
            assertFalse(plain.headers().firstValue("Content-Encoding").isPresent(), path);
            assertEquals("gzip", gzip.headers().firstValue("Content-Encoding").orElse(null), path);
            assertTrue(gzip.body().length < plain.body().length, path);
            assertEquals(String.valueOf(gzip.body().length), gzip.headers().firstValue("Content-Length").orElse(null));
            assertArrayEquals(plain.body(), new GZIPInputStream(new ByteArrayInputStream(gzip.body())).readAllBytes(),
                    path);
            HttpResponse<byte[]> refused = get(path, Map.of("Accept-Encoding", "gzip;q=0, identity"));
            assertArrayEquals(plain.body(), refused.body(), path + ": gzip;q=0 refuses gzip");
        }
    }

    @Test
    void theBrotliBytesAreTheSameBytesCompressedAndSmallerThanGzip() throws Exception {
        for (String path : List.of("/forces/dorset-police", "/data/figures.csv", "/api/figures", "/help")) {
            HttpResponse<byte[]> plain = get(path, Map.of());
            HttpResponse<byte[]> gzip = get(path, Map.of("Accept-Encoding", "gzip"));
            HttpResponse<byte[]> brotli = get(path, Map.of("Accept-Encoding", "gzip, deflate, br, zstd"));
            assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null), path);
            assertEquals("Accept-Encoding", brotli.headers().firstValue("Vary").orElse(null), path);
            assertTrue(brotli.body().length < gzip.body().length, path);
            assertEquals(String.valueOf(brotli.body().length),
                    brotli.headers().firstValue("Content-Length").orElse(null));
            assertArrayEquals(plain.body(), Decoder.decompress(brotli.body()).getDecompressedData(), path);
            assertEquals("gzip", get(path, Map.of("Accept-Encoding", "br;q=0, gzip")).headers()
                    .firstValue("Content-Encoding").orElse(null), path + ": br;q=0 refuses brotli");
        }
    }

    @Test
    void theScriptsAndStylesheetsAreSentWithBrotliOnceCompressed() throws Exception {
        String chart = Assets.url(Paths.CHART_JS);
        HttpResponse<byte[]> brotli = get(chart, Map.of("Accept-Encoding", "br"));
        for (int i = 0; i < 100 && brotli.headers().firstValue("Content-Encoding").isEmpty(); i++) {
            Thread.sleep(100); // compressed at the highest level on a thread of its own after the start
            brotli = get(chart, Map.of("Accept-Encoding", "br"));
        }
        assertEquals("br", brotli.headers().firstValue("Content-Encoding").orElse(null));
        assertArrayEquals(get(chart, Map.of()).body(), Decoder.decompress(brotli.body()).getDecompressedData());
        HttpResponse<byte[]> gzip = get(chart, Map.of("Accept-Encoding", "gzip"));
        assertTrue(brotli.body().length < gzip.body().length * 0.9, brotli.body().length + " against gzip's "
                + gzip.body().length);
    }

    @Test
    void aBrotliAnswerRevalidatesWithItsOwnETag() throws Exception {
        String path = "/forces/dorset-police";
        Map<String, String> browser = Map.of("Accept-Encoding", "gzip, deflate, br");
        String brotliTag = get(path, browser).headers().firstValue("ETag").orElseThrow();
        String gzipTag = get(path, Map.of("Accept-Encoding", "gzip")).headers().firstValue("ETag").orElseThrow();
        String plainTag = get(path, Map.of()).headers().firstValue("ETag").orElseThrow();
        assertEquals(3, new java.util.HashSet<>(List.of(brotliTag, gzipTag, plainTag)).size(),
                "one ETag per encoding");
        HttpResponse<byte[]> notModified = get(path, Map.of("If-None-Match", brotliTag,
                "Accept-Encoding", "gzip, deflate, br"));
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
        assertEquals(brotliTag, notModified.headers().firstValue("ETag").orElse(null));
        assertEquals(200, get(path, Map.of("If-None-Match", brotliTag, "Accept-Encoding", "gzip")).statusCode(),
                "a cache holding the brotli form does not hold the gzip one");
        assertEquals(200, get(path, Map.of("If-None-Match", gzipTag, "Accept-Encoding", "br")).statusCode());
    }

    @Test
    void aPageRevalidatesWithItsETagAndEachEncodingHasItsOwn() throws Exception {
        String path = "/forces/dorset-police";
        String plainTag = get(path, Map.of()).headers().firstValue("ETag").orElseThrow();
        String gzipTag = get(path, Map.of("Accept-Encoding", "gzip")).headers().firstValue("ETag").orElseThrow();
        assertNotEquals(plainTag, gzipTag);
        HttpResponse<byte[]> notModified = get(path, Map.of("If-None-Match", plainTag));
        assertEquals(304, notModified.statusCode());
        assertEquals(0, notModified.body().length);
        assertEquals("no-store", notModified.headers().firstValue("Cache-Control").orElse(null));
        assertEquals(304, get(path, Map.of("If-None-Match", "\"other\", " + gzipTag, "Accept-Encoding", "gzip"))
                .statusCode());
        assertEquals(200, get(path, Map.of("If-None-Match", gzipTag)).statusCode());
    }

    @Test
    void browsersNeverStoreAPageButASharedCacheMayUntilTheNextRelease() throws Exception {
        HttpResponse<byte[]> page = get("/forces/dorset-police", Map.of());
        assertEquals("no-store", page.headers().firstValue("Cache-Control").orElse(null));
        assertEquals("public, max-age=60", page.headers().firstValue("CDN-Cache-Control").orElse(null));
        assertEquals("Accept-Encoding", page.headers().firstValue("Vary").orElse(null));
        HttpResponse<byte[]> find = get("/find?q=DT1", Map.of());
        assertFalse(find.headers().firstValue("CDN-Cache-Control").isPresent(), "what a visitor typed is private");
    }

    @Test
    void aVisitorsHostHeaderNeverReachesThePagesOthersAreServed() throws Exception {
        java.net.Socket socket = new java.net.Socket("localhost", site.port());
        socket.getOutputStream().write(("GET /forces/dorset-police?x=1 HTTP/1.1\r\nHost: evil.example\r\n"
                + "Connection: close\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
        String hostile = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        socket.close();
        assertFalse(hostile.contains("evil.example"));
        String next = new String(get("/forces/dorset-police", Map.of()).body(), StandardCharsets.UTF_8);
        assertFalse(next.contains("evil.example"));
        assertFalse(next.contains("?x=1"));
        assertTrue(next.contains("https://figures.example.org/forces/dorset-police, retrieved"));
    }

    @Test
    @Order(Integer.MAX_VALUE)
    void anImportSwitchesEveryStoredAnswerAtOnce() throws Exception {
        for (String address : SWITCHED) {
            assertEquals("old", release(site, address), address);
        }
        String oldTag = tag(site, SWITCHED.get(0));
        new Importer(database.dsl()).importReader("two.csv", new StringReader(HEADER
                + "England,Dorset Police,2015/16,total_offences,5555,https://example.org/b,B,,\"5555\"\n"));
        List<String> seen = new ArrayList<>();
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (!seen.contains("new") && System.nanoTime() < deadline) {
            for (String address : SWITCHED) {
                seen.add(release(site, address));
            }
        }
        for (String address : SWITCHED) {
            seen.add(release(site, address));
        }
        int firstNew = seen.indexOf("new");
        assertTrue(firstNew >= 0, "the import was never shown");
        assertFalse(seen.subList(firstNew, seen.size()).contains("old"),
                "an old answer was served after a new one: " + seen.subList(firstNew, seen.size()));
        assertFalse(seen.contains("neither"));
        assertFalse(oldTag.equals(tag(site, SWITCHED.get(0))), "the ETag stayed the same");
    }

    private static String release(Site site, String address) throws Exception {
        HttpResponse<byte[]> response = get(site.port(), address, Map.of());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        boolean old = body.contains("4242") || body.contains("4,242");
        boolean fresh = body.contains("5555") || body.contains("5,555");
        return old == fresh ? "neither" : old ? "old" : "new";
    }

    private static String tag(Site site, String address) throws Exception {
        return get(site.port(), address, Map.of()).headers().firstValue("ETag").orElseThrow();
    }
}
