package uk.childstats.export;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * Follows every link from the home page of a running site, level by level, and writes each answer as a file
 * (with its gzip form beside it when it compresses). What is left out or broken is kept for the summary.
 */
final class Crawl {
    /** The headers a static server must repeat; the rest (dates, ETags, lengths) it makes up itself. */
    static final List<String> REPEATED_HEADERS = List.of("Content-Security-Policy", "Referrer-Policy",
            "X-Content-Type-Options", "X-Frame-Options", "Permissions-Policy", "Cross-Origin-Opener-Policy",
            "Cross-Origin-Resource-Policy", "Strict-Transport-Security", "Cache-Control", "CDN-Cache-Control",
            "Surrogate-Control", "Access-Control-Allow-Origin");
    private static final int PARALLEL = 4;

    private final URI base;
    private final String siteUrl;
    private final Path root;
    private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10))
            .version(HttpClient.Version.HTTP_1_1).followRedirects(HttpClient.Redirect.NEVER).build();
    private final Set<String> seen = ConcurrentHashMap.newKeySet();
    private final Map<String, Exported> written = new ConcurrentHashMap<>();
    private final Set<String> liveOnly = ConcurrentHashMap.newKeySet();
    private final Map<String, String> redirects = new ConcurrentHashMap<>();
    private final Map<String, String> broken = new ConcurrentHashMap<>();
    private final Map<String, String> unusedByStylesheets = new ConcurrentHashMap<>();
    private final Set<String> fromStylesheets = ConcurrentHashMap.newKeySet();

    Crawl(URI base, String siteUrl, Path root) {
        this.base = base;
        this.siteUrl = siteUrl;
        this.root = root;
    }

    ExportSummary run() throws IOException, InterruptedException {
        ExecutorService workers = Executors.newFixedThreadPool(PARALLEL);
        try {
            List<String> level = List.of("/");
            seen.add("/");
            while (!level.isEmpty()) {
                List<Callable<Set<String>>> fetches = new ArrayList<>();
                for (String path : level) {
                    fetches.add(() -> fetch(path));
                }
                Set<String> next = new TreeSet<>();
                for (Future<Set<String>> linked : workers.invokeAll(fetches)) {
                    next.addAll(result(linked));
                }
                level = new ArrayList<>(next);
            }
            Exported notFound = notFoundPage();
            return new ExportSummary(sorted(written.values()), notFound, new TreeSet<>(liveOnly),
                    new java.util.TreeMap<>(redirects), new java.util.TreeMap<>(broken), new java.util.TreeSet<>(unusedByStylesheets.keySet()));
        } finally {
            workers.shutdownNow();
        }
    }

    private static Set<String> result(Future<Set<String>> linked) throws IOException {
        try {
            return linked.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    private static List<Exported> sorted(Collection<Exported> files) {
        return files.stream().sorted(java.util.Comparator.comparing(Exported::path)).toList();
    }

    /** Fetches one address, writes it, and answers the addresses it links to that nobody has fetched yet. */
    private Set<String> fetch(String path) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get(path);
        int status = response.statusCode();
        if (status >= 300 && status < 400) {
            String target = response.headers().firstValue("Location")
                    .flatMap(location -> Links.sitePath(location, base.resolve(path), siteUrl)).orElse(null);
            if (target == null) {
                broken.put(path, status + " to another site");
                return Set.of();
            }
            redirects.put(path, target);
            return unseen(Set.of(target), false);
        }
        if (status != 200) {
            // A stylesheet may name fonts and images it never uses (GOV.UK Frontend names its own, which this
            // site leaves out): the live site answers 404 for them too, so they are noted, not failed.
            (fromStylesheets.contains(path) ? unusedByStylesheets : broken).put(path, String.valueOf(status));
            return Set.of();
        }
        Exported file = write(path, response, FileNames.forPath(path, contentType(response)));
        written.put(path, file);
        String type = file.contentType();
        if (type.startsWith("text/html")) {
            String html = new String(response.body(), StandardCharsets.UTF_8);
            return unseen(Links.inHtml(html, base.resolve(path), siteUrl), false);
        }
        if (type.startsWith("text/css")) {
            String css = new String(response.body(), StandardCharsets.UTF_8);
            return unseen(Links.inCss(css, base.resolve(path), siteUrl), true);
        }
        return Set.of();
    }

    private Set<String> unseen(Set<String> linked, boolean byStylesheet) {
        Set<String> fresh = new TreeSet<>();
        for (String path : linked) {
            if (LiveOnly.isLiveOnly(path)) {
                liveOnly.add(path);
                // The page without the visitor's choices (the map's default measure) is a file like any other.
                String withoutQuery = path.replaceFirst("\\?.*", "");
                if (!LiveOnly.isLiveOnly(withoutQuery) && seen.add(withoutQuery)) {
                    fresh.add(withoutQuery);
                }
            } else if (seen.add(path)) {
                fresh.add(path);
                if (byStylesheet) {
                    fromStylesheets.add(path);
                }
            }
        }
        return fresh;
    }

    /** The site's page for an unknown address, kept as the static server's 404 page. */
    private Exported notFoundPage() throws IOException, InterruptedException {
        HttpResponse<byte[]> response = get("/no-page-at-this-address");
        if (response.statusCode() != 404) {
            throw new IllegalStateException("An unknown address answered " + response.statusCode() + ", not 404");
        }
        return write("/no-page-at-this-address", response, FileNames.NOT_FOUND);
    }

    private HttpResponse<byte[]> get(String path) throws IOException, InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(60))
                .header("Accept", "text/html,application/xhtml+xml,*/*;q=0.8").build();
        return client.send(request, HttpResponse.BodyHandlers.ofByteArray());
    }

    private static String contentType(HttpResponse<?> response) {
        return response.headers().firstValue("Content-Type").orElse("application/octet-stream");
    }

    private Exported write(String path, HttpResponse<byte[]> response, String name) throws IOException {
        Path file = root.resolve(name);
        Files.createDirectories(file.getParent());
        Files.write(file, response.body());
        String type = contentType(response);
        if (FileNames.isCompressible(type)) {
            try (OutputStream gzip = new BestGzip(Files.newOutputStream(file.resolveSibling(file.getFileName()
                    + ".gz")))) {
                gzip.write(response.body());
            }
        }
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name2 : REPEATED_HEADERS) {
            response.headers().firstValue(name2).ifPresent(value -> headers.put(name2, value));
        }
        return new Exported(path, name, type, headers);
    }

    /** Gzip at its best compression: written once, sent many times. */
    private static final class BestGzip extends GZIPOutputStream {
        BestGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(Deflater.BEST_COMPRESSION);
        }
    }

}
