package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.LocalDate;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Shared data is read once per data release, read again for a new one, and never served across an import. */
class PerReleaseTest {
    private static final LocalDate DAY = LocalDate.of(2026, 12, 5);
    private final AtomicInteger reads = new AtomicInteger();
    private final PerRelease<String> shared = new PerRelease<>(() -> "read " + reads.incrementAndGet());

    @Test
    void everyPageOfARelease() {
        assertEquals("read 1", shared.of(release(7)));
        assertEquals("read 1", shared.of(release(7)));
        assertEquals(1, reads.get());
    }

    @Test
    void aNewImportIsReadAgainWhileTheReleaseBeforeKeepsItsOwn() {
        assertEquals("read 1", shared.of(release(7)));
        assertEquals("read 2", shared.of(release(8)));
        assertEquals("read 1", shared.of(release(7)), "the release still served keeps what it was rendered with");
        assertEquals("read 2", shared.of(release(8)));
        assertEquals(2, reads.get());
    }

    @Test
    void aNewDayOfTheSameDataIsNotReadAgain() {
        assertEquals("read 1", shared.of(release(7)));
        assertEquals("read 1", shared.of(new DataRelease(7, Instant.EPOCH, DAY.plusDays(1))));
    }

    @Test
    void onlyTheTwoNewestReleasesAreKept() {
        shared.of(release(7));
        shared.of(release(8));
        shared.of(release(9));
        assertEquals("read 4", shared.of(release(7)));
    }

    private static DataRelease release(int version) {
        return new DataRelease(version, Instant.EPOCH, DAY);
    }
}
