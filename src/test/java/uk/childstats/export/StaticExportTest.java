package uk.childstats.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.childstats.support.TestSite;

/**
 * Exports the site, serves the folder as the nginx configuration says, and crawls it from the home page as a
 * visitor would: every link and resource resolves to a file, and every file is byte for byte what the live app
 * answers at that address.
 */
class StaticExportTest {
    /** The shared test site, whose public address is its own. */
    private static final String SITE_URL = TestSite.baseUrl();
    /** What the README says a static host cannot answer: any query string, and these paths. */
    private static final Set<String> LIVE_ONLY = Set.of("/find", "/api/find", "/compare.csv");
    private static final Pattern ADDRESS_IN_TEXT = Pattern.compile(Pattern.quote(SITE_URL) + "/[^\\s\"'<>]*");
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @TempDir
    static Path folder;
    private static TryFilesServer exported;
    private static ExportSummary summary;

    @BeforeAll
    static void exportTheLiveSite() throws Exception {
        summary = StaticExport.write(URI.create(liveUrl()), SITE_URL, folder);
        exported = new TryFilesServer(folder.resolve(StaticExport.SITE_FOLDER));
        // nginx's workers run as nobody when the tests run as root: they must be able to read the folder.
        Files.setPosixFilePermissions(folder, java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x"));
    }

    @AfterAll
    static void stop() {
        if (exported != null) {
            exported.close();
        }
    }

    private static String liveUrl() {
        return SITE_URL;
    }

    @Test
    void everyLinkOnEveryExportedPageResolvesAndEveryAnswerIsTheLiveOne() throws Exception {
        Deque<String> toVisit = new ArrayDeque<>(List.of("/"));
        Set<String> visited = new HashSet<>(toVisit);
        List<String> broken = new ArrayList<>();
        List<String> different = new ArrayList<>();
        Set<String> pages = new TreeSet<>();
        while (!toVisit.isEmpty()) {
            String path = toVisit.pop();
            HttpResponse<byte[]> file = get(exported.baseUrl(), path);
            if (file.statusCode() != 200) {
                broken.add(path + " answered " + file.statusCode());
                continue;
            }
            HttpResponse<byte[]> answer = get(liveUrl(), path);
            String fileType = file.headers().firstValue("Content-Type").orElseThrow();
            String liveType = answer.headers().firstValue("Content-Type").orElseThrow();
            if (answer.statusCode() != 200 || !liveType.startsWith(fileType)
                    || !java.util.Arrays.equals(answer.body(), file.body())) {
                different.add(path + " (live " + answer.statusCode() + " " + liveType + ", file " + fileType + ")");
            }
            if (fileType.equals("text/html")) {
                pages.add(path);
                Document page = Jsoup.parse(new String(file.body(), StandardCharsets.UTF_8), exported.baseUrl()
                        + path);
                List<String> links = new ArrayList<>();
                for (Element linking : page.select("[href], [src]")) {
                    links.add(linking.hasAttr("href") ? linking.absUrl("href") : linking.absUrl("src"));
                }
                // The site's addresses a reader copies from the text: embed codes, citations.
                Matcher written = ADDRESS_IN_TEXT.matcher(page.body().wholeText());
                while (written.find()) {
                    links.add(written.group().replaceAll("[.,;:)]+$", ""));
                }
                for (String link : links) {
                    // The page without the query is exported, as the README says; the query is the app's.
                    onThisSite(link).map(p -> p.replaceFirst("\\?.*", "")).filter(p -> !isLiveOnly(p))
                            .filter(visited::add).ifPresent(toVisit::add);
                }
            }
        }
        assertEquals(List.of(), broken, "links on exported pages that no exported file answers");
        assertEquals(List.of(), different, "exported files that differ from the live answer");
        // Every kind of page was reached, not only the home page.
        for (String page : List.of("/", "/forces", "/forces/dorset-police", "/years/2016-17", "/official/2024-25",
                "/embed/forces/dorset-police", "/downloads", "/about/revisions", "/help", "/map", "/compare")) {
            assertTrue(pages.contains(page), page + " was not reached by following links");
        }
        for (String file : List.of("/data/figures.csv", "/data/figures.csv-metadata.json", "/api/years/2016-17",
                "/api/official/forces/dorset-police")) {
            assertTrue(visited.contains(file), file + " was not linked from any exported page");
        }
        // Assets are named with a hash of their content.
        for (String asset : List.of("/css/site.", "/favicon.", "/js/charts.", "/webjars/chart.js/")) {
            assertTrue(visited.stream().anyMatch(p -> p.startsWith(asset)), asset + "* was not linked");
        }
    }

    /** Where nginx is installed (CI may lack it), the generated configuration itself serves the export. */
    @Test
    void nginxServesTheExportWithTheSitesTypesAndHeaders() throws Exception {
        Path nginx = Path.of("/usr/sbin/nginx");
        assumeTrue(Files.isExecutable(nginx), "nginx is not installed");
        int port;
        try (java.net.ServerSocket free = new java.net.ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Path conf = folder.resolve("nginx-test.conf");
        Files.writeString(conf, Files.readString(folder.resolve(StaticExport.NGINX_CONF))
                .replace("listen 8080;", "listen 127.0.0.1:" + port + ";"));
        Process server = new ProcessBuilder(nginx.toString(), "-p", folder.toString(), "-c", conf.toString(), "-g",
                "daemon off;").redirectErrorStream(true).start();
        try {
            String base = "http://127.0.0.1:" + port;
            waitForPort(port, server);
            HttpResponse<byte[]> page = CLIENT.send(HttpRequest.newBuilder(URI.create(base
                    + "/forces/dorset-police")).header("Accept-Encoding", "gzip").build(),
                    HttpResponse.BodyHandlers.ofByteArray());
            HttpResponse<byte[]> answer = get(liveUrl(), "/forces/dorset-police");
            assertEquals(200, page.statusCode());
            assertEquals("gzip", page.headers().firstValue("Content-Encoding").orElse(""));
            try (InputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(page.body()))) {
                assertArrayEquals(answer.body(), in.readAllBytes());
            }
            for (String header : List.of("Content-Type", "Content-Security-Policy", "X-Frame-Options",
                    "Referrer-Policy", "Cache-Control")) {
                assertEquals(answer.headers().allValues(header), page.headers().allValues(header), header);
            }
            for (String path : List.of("/", "/embed/forces/dorset-police", "/data/figures.csv",
                    "/data/figures.csv-metadata.json", "/api/years/2016-17", stylesheet(), "/no-such-page")) {
                HttpResponse<byte[]> file = get(base, path);
                HttpResponse<byte[]> same = get(liveUrl(), path);
                assertEquals(same.statusCode(), file.statusCode(), path);
                assertArrayEquals(same.body(), file.body(), path);
                for (String header : List.of("Content-Security-Policy", "X-Frame-Options", "Cache-Control")) {
                    assertEquals(same.headers().allValues(header), file.headers().allValues(header), path + " " + header);
                }
                assertEquals(NginxConfig.sameMeaning(same.headers().firstValue("Content-Type").orElseThrow()),
                        NginxConfig.sameMeaning(file.headers().firstValue("Content-Type").orElseThrow()), path);
            }
        } finally {
            server.destroy();
            server.waitFor();
        }
    }

    /** The site's stylesheet under the name the pages give it. */
    private static String stylesheet() {
        return summary.files().stream().map(Exported::path).filter(p -> p.startsWith("/css/site.")).findFirst()
                .orElseThrow();
    }

    private static void waitForPort(int port, Process server) throws InterruptedException {
        for (int tries = 0; tries < 100; tries++) {
            try (java.net.Socket open = new java.net.Socket("127.0.0.1", port)) {
                return;
            } catch (IOException notYet) {
                if (!server.isAlive()) {
                    throw new AssertionError("nginx stopped: exit " + server.exitValue());
                }
                Thread.sleep(100);
            }
        }
        throw new AssertionError("nginx did not listen on " + port);
    }

    @Test
    void anUnknownAddressAnswersTheSitesOwn404Page() throws Exception {
        HttpResponse<byte[]> file = get(exported.baseUrl(), "/forces/no-such-force");
        HttpResponse<byte[]> answer = get(liveUrl(), "/forces/no-such-force");
        assertEquals(404, file.statusCode());
        assertEquals(404, answer.statusCode());
        assertArrayEquals(answer.body(), file.body());
    }

    @Test
    void everyCompressibleFileHasItsGzipBesideItThatDecompressesToTheSameBytes() throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(folder.resolve(StaticExport.SITE_FOLDER))) {
            files = walk.filter(Files::isRegularFile).filter(f -> !f.toString().endsWith(".gz")).toList();
        }
        assertTrue(files.size() > 300, "only " + files.size() + " files exported");
        for (Path file : files) {
            if (!TryFilesServer.typeOf(file).equals("application/octet-stream")) {
                Path gzip = file.resolveSibling(file.getFileName() + ".gz");
                assertTrue(Files.isRegularFile(gzip), file + " has no .gz beside it");
                try (InputStream in = new GZIPInputStream(Files.newInputStream(gzip))) {
                    assertArrayEquals(Files.readAllBytes(file), in.readAllBytes(), gzip + " is not " + file);
                }
            }
        }
    }

    @Test
    void theNginxConfigurationFindsFilesAsTheTestServerDoesAndSendsPreCompressedFiles() throws IOException {
        String conf = Files.readString(folder.resolve(StaticExport.NGINX_CONF));
        assertTrue(conf.contains(TryFilesServer.TRY_FILES), conf);
        assertTrue(conf.contains("gzip_static on;"), conf);
        assertTrue(conf.contains("error_page 404 /404.html;"), conf);
        assertTrue(conf.contains("default_type \"application/csvm+json; charset=utf-8\";"), conf);
        assertTrue(conf.contains("add_header X-Frame-Options \"DENY\" always;"), conf);
        assertTrue(conf.contains("frame-ancestors *"), "the embed pages' own policy: " + conf);
        assertTrue(conf.contains("# location = /find { proxy_pass"), conf);
    }

    @Test
    void addressesThatDependOnTheQueryAreLeftToTheLiveAppAndSaidSo() {
        assertTrue(summary.liveOnly().contains("/compare?force=dorset-police"), summary.liveOnly().toString());
        assertTrue(summary.liveOnly().stream().allMatch(StaticExportTest::isLiveOnly), summary.liveOnly().toString());
        assertEquals(Map.of(), summary.broken());
    }

    private static boolean isLiveOnly(String pathAndQuery) {
        return pathAndQuery.contains("?") || LIVE_ONLY.contains(pathAndQuery);
    }

    private static java.util.Optional<String> onThisSite(String link) {
        String local = link.startsWith(SITE_URL + "/") ? link.substring(SITE_URL.length()) : link;
        if (local.startsWith(exported.baseUrl() + "/")) {
            local = local.substring(exported.baseUrl().length());
        }
        if (!local.startsWith("/") || local.startsWith("//")) {
            return java.util.Optional.empty();
        }
        int fragment = local.indexOf('#');
        String path = fragment < 0 ? local : local.substring(0, fragment);
        return path.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(path);
    }

    private static HttpResponse<byte[]> get(String base, String path) throws IOException, InterruptedException {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + path)).build(),
                HttpResponse.BodyHandlers.ofByteArray());
    }
}
