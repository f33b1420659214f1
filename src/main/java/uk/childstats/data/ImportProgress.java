package uk.childstats.data;

import java.time.Duration;
import java.util.Locale;
import java.util.function.Consumer;

/**
 * Progress lines for a long import: every so often, how many rows have been read and how fast, so an operator
 * watching a large file knows it is moving. A short import says nothing until its summary.
 */
final class ImportProgress {
    /** How often the clock is looked at, in rows: cheap enough for a million-line file. */
    private static final int CHECK_EVERY_ROWS = 1_000;
    private final String fileName;
    private final Consumer<String> lines;
    private final long everyNanos;
    private final long started = System.nanoTime();
    private long lastReport = started;

    ImportProgress(String fileName, Consumer<String> lines, Duration every) {
        this.fileName = fileName;
        this.lines = lines;
        this.everyNanos = every.toNanos();
    }

    /** Says nothing: for callers that do not watch. */
    static ImportProgress silent() {
        return new ImportProgress("", line -> { }, Duration.ofDays(1));
    }

    /** Called after each row read: reports when the interval has passed since the last line. */
    void rowsRead(int rows) {
        if (rows % CHECK_EVERY_ROWS != 0) {
            return;
        }
        long now = System.nanoTime();
        if (now - lastReport < everyNanos) {
            return;
        }
        lastReport = now;
        double seconds = Math.max(1e-3, (now - started) / 1e9);
        lines.accept(String.format(Locale.UK, "Importing %s: %,d rows read in %.1f s (%,d rows a second)", fileName,
                rows, seconds, Math.round(rows / seconds)));
    }
}
