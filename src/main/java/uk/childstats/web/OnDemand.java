package uk.childstats.web;

import java.util.Map;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Answers rendered when first asked for, such as a comparison of the forces a visitor chose: kept for one release,
 * bounded in number and bytes (the oldest kept goes first), so hostile query strings cannot fill the memory. A
 * burst of visitors to an answer nobody has asked for yet costs one render: the others wait for it.
 */
final class OnDemand {
    static final int MAX_ENTRIES = 500;
    static final long MAX_BYTES = 48L * 1024 * 1024;

    private final Map<String, StoredResponse> kept = new ConcurrentHashMap<>();
    private final Queue<String> oldestFirst = new ConcurrentLinkedQueue<>();
    private final AtomicLong bytes = new AtomicLong();
    private final Map<String, CompletableFuture<StoredResponse>> rendering = new ConcurrentHashMap<>();
    private final int maxEntries;
    private final long maxBytes;

    OnDemand() {
        this(MAX_ENTRIES, MAX_BYTES);
    }

    OnDemand(int maxEntries, long maxBytes) {
        this.maxEntries = maxEntries;
        this.maxBytes = maxBytes;
    }

    StoredResponse get(String key) {
        return kept.get(key);
    }

    /** Null when this caller is the one to render the key; else the render already under way. */
    CompletableFuture<StoredResponse> claim(String key, CompletableFuture<StoredResponse> mine) {
        return rendering.putIfAbsent(key, mine);
    }

    /** Ends a claim: keeps what was rendered (null: nothing to keep) and hands it to those waiting. */
    void done(String key, CompletableFuture<StoredResponse> mine, StoredResponse rendered) {
        if (rendered != null && rendered.size() <= maxBytes && kept.putIfAbsent(key, rendered) == null) {
            oldestFirst.add(key);
            bytes.addAndGet(rendered.size());
            while (kept.size() > maxEntries || bytes.get() > maxBytes) {
                String oldest = oldestFirst.poll();
                if (oldest == null) {
                    break;
                }
                StoredResponse gone = kept.remove(oldest);
                if (gone != null) {
                    bytes.addAndGet(-gone.size());
                }
            }
        }
        mine.complete(rendered);
        rendering.remove(key, mine);
    }

    int size() {
        return kept.size();
    }
}
