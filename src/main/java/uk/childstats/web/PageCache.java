package uk.childstats.web;

import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpStatus;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Keeps each rendered page until the next import or the next day (pages cite the date they were retrieved), and
 * answers a client that sends the page's ETag with 304 Not Modified. Browsers are told not to store pages at all
 * ("no-store"): nothing on a visitor's device should record that they were here. Bounded, so hostile query strings
 * cannot fill the memory.
 */
public final class PageCache {
    private static final int MAX_ENTRIES = 500;
    private static final ZoneId UK = ZoneId.of("Europe/London");

    private record Entry(int version, LocalDate day, String contentType, Precompressed body, String etag) {
    }

    private final LatestImport dataVersion;
    private final Map<String, CompletableFuture<Entry>> rendering = new ConcurrentHashMap<>();
    private final Map<String, Entry> entries = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Entry> eldest) {
            return size() > MAX_ENTRIES;
        }
    };

    public PageCache(LatestImport dataVersion) {
        this.dataVersion = dataVersion;
    }

    /** A page whose query string does not change it: the query neither changes the page nor makes a new entry. */
    public Handler cached(Handler page) {
        return cached(page, false);
    }

    /** A page that depends on its query string too, such as a comparison of the forces it names. */
    public Handler cachedPerQuery(Handler page) {
        return cached(page, true);
    }

    private Handler cached(Handler page, boolean perQuery) {
        return ctx -> {
            int version = dataVersion.current();
            LocalDate today = LocalDate.now(UK);
            String query = perQuery && ctx.queryString() != null ? ctx.queryString() : "";
            String key = ctx.path() + "?" + query;
            Entry entry = lookUp(key, version, today);
            if (entry == null) {
                entry = renderOnce(key, version, today, page, ctx);
                if (entry == null) {
                    return;
                }
            }
            send(ctx, entry);
        };
    }

    /**
     * Renders the page into this request, or, when another request is already rendering it, waits for that one:
     * a burst of visitors to a page nobody has seen yet costs one render and one set of queries, not one each.
     * Null when this request's own render was not a page to keep (a 404, say): its answer is already in ctx.
     */
    private Entry renderOnce(String key, int version, LocalDate today, Handler page, Context ctx) throws Exception {
        String renderKey = version + "|" + today + "|" + key;
        CompletableFuture<Entry> mine = new CompletableFuture<>();
        CompletableFuture<Entry> other = rendering.putIfAbsent(renderKey, mine);
        if (other != null) {
            Entry shared = other.get();
            if (shared != null) {
                return shared;
            }
            page.handle(ctx);
            return null;
        }
        Entry entry = null;
        try {
            page.handle(ctx);
            if (ctx.status() == HttpStatus.OK && ctx.result() != null) {
                String body = ctx.result();
                entry = new Entry(version, today, ctx.res().getContentType(),
                        Precompressed.of(body.getBytes(StandardCharsets.UTF_8)),
                        "\"v" + version + "-" + today + "-" + Integer.toHexString(body.hashCode()) + "\"");
                store(key, entry);
            }
            return entry;
        } finally {
            mine.complete(entry);
            rendering.remove(renderKey, mine);
        }
    }

    private static void send(Context ctx, Entry entry) {
        String etag = EncodingVariants.etag(ctx, entry.etag());
        ctx.header("ETag", etag);
        ctx.header("Cache-Control", "no-store");
        if (etag.equals(ctx.header("If-None-Match"))) {
            ctx.status(HttpStatus.NOT_MODIFIED).result("");
            return;
        }
        ctx.contentType(entry.contentType());
        entry.body().send(ctx);
    }

    private synchronized Entry lookUp(String key, int version, LocalDate today) {
        Entry entry = entries.get(key);
        return entry != null && entry.version() == version && entry.day().equals(today) ? entry : null;
    }

    private synchronized void store(String key, Entry entry) {
        entries.put(key, entry);
    }
}
