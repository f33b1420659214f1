package uk.childstats.web;

import io.javalin.http.Context;
import java.util.TreeMap;
import java.util.function.Supplier;

/**
 * Data that is the same for every answer of a data release (the areas, the measures, the offence groups ...), read
 * once for the release being rendered instead of once per page. Found by the release's version, which an import
 * always changes, so no page of a new release is given the data of an old one. The two newest are kept: a release
 * is rendered while the one before it is still served. Outside the response store (no release being rendered), it
 * is read afresh.
 */
public final class PerRelease<T> {
    private static final int KEPT = 2;
    private final Supplier<T> read;
    private final TreeMap<Integer, T> byVersion = new TreeMap<>();

    public PerRelease(Supplier<T> read) {
        this.read = read;
    }

    /** The data for the release this answer is rendered for. */
    public T of(Context ctx) {
        return DataRelease.of(ctx).map(this::of).orElseGet(read);
    }

    /** Renders of one release wait for a single read rather than each reading it. */
    synchronized T of(DataRelease release) {
        T kept = byVersion.get(release.version());
        if (kept == null) {
            kept = read.get();
            byVersion.put(release.version(), kept);
            while (byVersion.size() > KEPT) {
                byVersion.pollFirstEntry();
            }
        }
        return kept;
    }
}
