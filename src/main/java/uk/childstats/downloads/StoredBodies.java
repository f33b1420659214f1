package uk.childstats.downloads;

import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.WeakHashMap;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import uk.childstats.web.Precompressed;

/**
 * Download bodies rendered once per data version and kept as bytes, so a busy day costs memory once, not once per
 * request. One render per address even when many ask at once; an older version's bodies are dropped when a new
 * one is asked for; beyond the byte budget a body is sent but not kept. One store per database.
 */
final class StoredBodies {
    static final long BUDGET_BYTES = 96L * 1024 * 1024;
    private static final Map<DSLContext, StoredBodies> BY_DATABASE = new WeakHashMap<>();

    /** A rendered download: its bytes and the headers that name it. */
    record Body(Precompressed content, String fileName, String csvPath) {
        static Body of(String text, Dataset dataset) {
            return new Body(Precompressed.of(text.getBytes(StandardCharsets.UTF_8)), dataset.fileName(),
                    dataset.csvPath());
        }
    }

    private record Key(int version, String kind, String path) {
    }

    private final Map<Key, CompletableFuture<Body>> bodies = new ConcurrentHashMap<>();
    private final AtomicLong storedBytes = new AtomicLong();
    private volatile int newestVersion = -1;

    static synchronized StoredBodies of(DSLContext dsl) {
        return BY_DATABASE.computeIfAbsent(dsl, d -> new StoredBodies());
    }

    Body get(int version, String kind, String path, Supplier<Body> render) {
        dropOlderThan(version);
        Key key = new Key(version, kind, path);
        CompletableFuture<Body> mine = new CompletableFuture<>();
        CompletableFuture<Body> existing = bodies.putIfAbsent(key, mine);
        if (existing != null) {
            return existing.join();
        }
        try {
            Body body = render.get();
            mine.complete(body);
            if (storedBytes.addAndGet(body.content().size()) > BUDGET_BYTES) {
                storedBytes.addAndGet(-body.content().size());
                bodies.remove(key, mine);
            }
            return body;
        } catch (RuntimeException e) {
            bodies.remove(key, mine);
            mine.completeExceptionally(e);
            throw e;
        }
    }

    private void dropOlderThan(int version) {
        if (version <= newestVersion) {
            return;
        }
        newestVersion = version;
        bodies.entrySet().removeIf(entry -> {
            boolean old = entry.getKey().version() < version;
            if (old && entry.getValue().isDone() && !entry.getValue().isCompletedExceptionally()) {
                storedBytes.addAndGet(-entry.getValue().join().content().size());
            }
            return old;
        });
    }
}
