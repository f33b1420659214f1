package uk.childstats.web;

import com.aayushatharva.brotli4j.Brotli4jLoader;
import com.aayushatharva.brotli4j.encoder.Encoder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brotli through brotli4j's native library, when it loads on this machine; when it does not, one line in the log
 * and every answer goes out with gzip as before. The library is loaded on a thread of its own from the moment this
 * class is first named ({@link #loadSoon}), since unpacking it can take a second on a busy machine: only a
 * compression waits for it, not the start.
 */
final class Brotli {
    /** The fixed files (CSS, scripts): compressed once per start, so the slowest, smallest level. */
    static final int ASSET_QUALITY = 11;
    /**
     * A release's answers (about 17 MB): level 6 makes them 13% smaller than gzip's best in 0.2 to 0.6 s, about
     * what gzip takes; levels 10 and 11 would save 10 to 15% more but took 9 to 60 s (measured 2026-12-05 on a
     * busy 2-core machine), which every import would wait for.
     */
    static final int RELEASE_QUALITY = 6;
    private static final Logger LOG = LoggerFactory.getLogger(Brotli.class);
    private static final CompletableFuture<Boolean> LOADED = CompletableFuture.supplyAsync(Brotli::load);

    private Brotli() {
    }

    /** Starts loading the native library, if that has not begun. */
    static void loadSoon() {
        LOADED.isDone();
    }

    /** Waits for the library to load, if it is loading. */
    static boolean available() {
        return LOADED.join();
    }

    /** The body compressed, or null when brotli is not available here. */
    static byte[] compress(byte[] body, int quality) {
        if (!available()) {
            return null;
        }
        try {
            return Encoder.compress(body, new Encoder.Parameters().setQuality(quality));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean load() {
        try {
            Brotli4jLoader.ensureAvailability();
            return true;
        } catch (Throwable e) { // UnsatisfiedLinkError, or a platform with no native library
            LOG.warn("Brotli is not available here ({}); answers are sent with gzip", e.toString());
            return false;
        }
    }
}
