package uk.childstats.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Every answer that depends only on the data release (pages, CSV, CSVW metadata, JSON), kept as bytes with its gzip
 * and brotli forms and an ETag for each. The static assets are served with gzip from the start and with brotli too
 * once compressed (on a thread of their own, once the first release is shown). A release's answers are rendered
 * before it is shown (see {@link ReleaseWatch}) and switched to in one write, so no visitor pays a render and no one
 * sees old and new figures side by side. Reading is a lookup in maps that are never locked. Answers that depend on
 * the query string too (a comparison) are rendered on demand and kept, bounded, until the next release.
 */
public final class ResponseStore {
    static final String WARM_HEADER = "X-Response-Store-Warm";
    private static final Set<String> NOT_KEPT = Set.of("cache-control", "etag", "content-length", "content-encoding",
            "vary", "date", "transfer-encoding", "last-modified", "content-type", "server");

    /** What visitors are served: one release's answers, never changed once switched to, but for the on-demand part. */
    record Snapshot(DataRelease release, Map<String, StoredResponse> rendered, OnDemand onDemand) {
        StoredResponse find(String key) {
            StoredResponse answer = rendered.get(key);
            return answer != null ? answer : onDemand.get(key);
        }
    }

    /**
     * A release being rendered, before anyone is shown it; its requests carry a token nobody else knows. What is
     * rendered is kept by address, and what is being rendered is there to be waited for.
     */
    record Staging(DataRelease release, String token, Map<String, StoredResponse> rendered,
                   Map<String, CompletableFuture<StoredResponse>> inFlight) {
    }

    private volatile Map<String, StoredResponse> assets;
    private final List<String> assetHeaders;
    private final AtomicBoolean assetsCompressed = new AtomicBoolean();
    private final Set<String> perQueryPaths = ConcurrentHashMap.newKeySet();
    private final AtomicInteger renders = new AtomicInteger();
    private volatile Snapshot current;
    private volatile Staging staging;

    /** A store that serves the static assets from the start and the given release's answers once rendered. */
    public ResponseStore(DataRelease release, boolean https) {
        this.assetHeaders = SecurityHeaders.of("/", https);
        this.assets = Assets.all().responses(assetHeaders, false);
        Brotli.loadSoon();
        current = new Snapshot(release, Map.of(), new OnDemand());
    }

    /** A page: the query string neither changes it nor makes a new entry. */
    public Handler page(Handler page) {
        return ctx -> serve(ctx, page, CachePolicy.PAGE);
    }

    /** A download or API answer. */
    public Handler file(Handler file) {
        return ctx -> serve(ctx, file, CachePolicy.FILE);
    }

    /** A page at this path that its query string chooses, such as a comparison: rendered on demand. */
    public Handler pagePerQuery(String path, Handler page) {
        perQueryPaths.add(path);
        return page(page);
    }

    public Handler filePerQuery(String path, Handler file) {
        perQueryPaths.add(path);
        return file(file);
    }

    public DataRelease release() {
        return current.release();
    }

    /** How many answers this store has rendered, on demand or ahead of a release. */
    public int renders() {
        return renders.get();
    }

    /** The stored answer for a visitor's GET, or null when it has to be rendered (or is never stored). */
    StoredResponse find(HttpServletRequest request) {
        String path = request.getRequestURI();
        StoredResponse asset = assets.get(path);
        if (asset != null) {
            return asset;
        }
        if (isWarming(request)) {
            return null;
        }
        return current.find(key(path, request.getQueryString()));
    }

    /** A request of the site's own, rendering a release ahead of time. */
    public boolean isWarming(HttpServletRequest request) {
        Staging now = staging;
        return now != null && now.token().equals(request.getHeader(WARM_HEADER));
    }

    Staging stage(DataRelease release) {
        Staging next = new Staging(release, Tokens.random(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());
        staging = next;
        return next;
    }

    /** Shows a rendered release to everyone at once; the previous one is dropped. */
    void switchTo(Staging rendered) {
        current = new Snapshot(rendered.release(), Map.copyOf(rendered.rendered()), new OnDemand());
        staging = null;
        compressAssetsOnce();
    }

    /**
     * The assets' brotli forms, made once the first release is shown, on a thread of their own: the highest level
     * takes half a second of CPU, which a start needs for its first page. Until then they go out with gzip.
     */
    private void compressAssetsOnce() {
        if (!assetsCompressed.compareAndSet(false, true)) {
            return;
        }
        Thread brotli = new Thread(() -> {
            if (Brotli.available()) {
                assets = Assets.all().responses(assetHeaders, true);
            }
        }, "assets-brotli");
        brotli.setDaemon(true);
        brotli.start();
    }

    void abandon(Staging rendered) {
        if (staging == rendered) {
            staging = null;
        }
    }

    String key(String path, String query) {
        String normal = path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        return query != null && !query.isEmpty() && perQueryPaths.contains(normal) ? normal + "?" + query : normal;
    }

    private void serve(Context ctx, Handler handler, CachePolicy policy) throws Exception {
        String key = key(ctx.path(), ctx.queryString());
        Staging warming = staging;
        if (warming != null && warming.token().equals(ctx.header(WARM_HEADER))) {
            renderAhead(ctx, handler, policy, warming, key);
            return;
        }
        Snapshot snapshot = current;
        StoredResponse stored = snapshot.find(key);
        if (stored == null) {
            stored = renderedAhead(snapshot, key);
        }
        if (stored == null) {
            stored = renderOnce(ctx, handler, policy, snapshot, key);
            if (stored == null) {
                return;
            }
        }
        stored.send(ctx.req(), ctx.res(), ctx::result);
    }

    private void renderAhead(Context ctx, Handler handler, CachePolicy policy, Staging warming, String key)
            throws Exception {
        CompletableFuture<StoredResponse> making = new CompletableFuture<>();
        warming.inFlight().put(key, making);
        StoredResponse made = null;
        try {
            made = render(ctx, handler, policy, warming.release());
            if (made != null) {
                warming.rendered().put(key, made);
                ctx.status(HttpStatus.NO_CONTENT).result(new byte[0]);
            }
        } finally {
            making.complete(made);
            warming.inFlight().remove(key, making);
        }
    }

    /**
     * At a start the store shows the release it is rendering, with nothing rendered yet. The answer the renderer
     * has made, or is making, for this address is the one this visitor would get: they wait for it rather than
     * render it a second time beside it, on a cold JVM whose CPU the renderer already keeps busy.
     */
    private StoredResponse renderedAhead(Snapshot snapshot, String key) throws Exception {
        Staging ahead = staging;
        if (ahead == null || !ahead.release().equals(snapshot.release())) {
            return null;
        }
        StoredResponse made = ahead.rendered().get(key);
        if (made != null) {
            return made;
        }
        CompletableFuture<StoredResponse> making = ahead.inFlight().get(key);
        return making == null ? null : making.get();
    }

    /** Null when the answer is not one to keep (a 404, say): this request's own answer is then already in ctx. */
    private StoredResponse renderOnce(Context ctx, Handler handler, CachePolicy policy, Snapshot snapshot, String key)
            throws Exception {
        CompletableFuture<StoredResponse> mine = new CompletableFuture<>();
        CompletableFuture<StoredResponse> other = snapshot.onDemand().claim(key, mine);
        if (other != null) {
            StoredResponse shared = other.get();
            if (shared == null) {
                handler.handle(ctx);
            }
            return shared;
        }
        StoredResponse made = null;
        try {
            made = render(ctx, handler, policy, snapshot.release());
            return made;
        } finally {
            snapshot.onDemand().done(key, mine, made);
        }
    }

    private StoredResponse render(Context ctx, Handler handler, CachePolicy policy, DataRelease release)
            throws Exception {
        renders.incrementAndGet();
        release.renderingFor(ctx);
        handler.handle(ctx);
        InputStream result = ctx.resultInputStream();
        if (ctx.status() != HttpStatus.OK || result == null) {
            return null;
        }
        byte[] body = result.readAllBytes();
        ctx.result(body);
        List<String> headers = kept(ctx.res());
        if (policy == CachePolicy.FILE) {
            headers.addAll(List.of("Last-Modified", release.lastModified()));
        }
        return StoredResponse.of(ctx.res().getContentType(), body, policy, headers);
    }

    /** The headers set while rendering (security headers, Content-Disposition, Link ...), as name and value pairs. */
    private static List<String> kept(HttpServletResponse response) {
        List<String> headers = new ArrayList<>();
        for (String name : response.getHeaderNames()) {
            if (!NOT_KEPT.contains(name.toLowerCase(java.util.Locale.ROOT))) {
                headers.add(name);
                headers.add(response.getHeader(name));
            }
        }
        return headers;
    }
}
