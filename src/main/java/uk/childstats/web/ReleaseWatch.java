package uk.childstats.web;

import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Asks the database once a second, on a thread of its own (never in a visitor's request), for the newest import,
 * and watches the UK date. When either changes, renders every address a visitor can reach into the store, then
 * switches to it: several instances over one database stay in step. While the database cannot be reached, the
 * last release stands and is served at full speed.
 */
public final class ReleaseWatch implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(ReleaseWatch.class);
    private final DSLContext dsl;
    private final ResponseStore store;
    private final Supplier<List<String>> addresses;
    private final Supplier<LocalDate> today;
    private final Warmer warmer;
    private final ScheduledExecutorService thread = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread checker = new Thread(runnable, "release-watch");
        checker.setDaemon(true);
        return checker;
    });
    private volatile DataRelease rendered;

    public ReleaseWatch(DSLContext dsl, ResponseStore store, Supplier<List<String>> addresses,
                        Supplier<LocalDate> today, int port) {
        this.dsl = dsl;
        this.store = store;
        this.addresses = addresses;
        this.today = today;
        this.warmer = new Warmer(store, port);
    }

    public ReleaseWatch start() {
        thread.scheduleWithFixedDelay(this::check, 0, 1, TimeUnit.SECONDS);
        return this;
    }

    /** The release whose every answer is rendered and shown; null until the first is. */
    public DataRelease rendered() {
        return rendered;
    }

    /** Waits until the newest release in the database is the one shown; false if that took longer than given. */
    public boolean awaitNewest(java.time.Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!DataRelease.read(dsl, today.get()).equals(rendered)) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(50);
        }
        return true;
    }

    void check() {
        try {
            DataRelease latest = DataRelease.read(dsl, today.get());
            if (!latest.equals(rendered)) {
                render(latest);
            }
        } catch (DataAccessException | IllegalStateException e) {
            // The database is away: the last release stands until it is back.
        } catch (RuntimeException e) {
            LOG.error("Rendering the release failed; the last one stands", e);
        }
    }

    private void render(DataRelease release) {
        long start = System.nanoTime();
        List<String> all = addresses.get();
        ResponseStore.Staging staging = store.stage(release);
        Warmer.Outcome outcome = warmer.render(staging, all);
        if (!outcome.complete()) {
            store.abandon(staging);
            if (Thread.currentThread().isInterrupted()) {
                return;
            }
            LOG.warn("Release {} not switched to: {}", release.version(), outcome.problem());
            return;
        }
        store.switchTo(staging);
        rendered = release;
        LOG.info("Release {} of {} rendered: {} answers, {} KB, in {} ms", release.version(), release.day(),
                staging.rendered().size(), outcome.bytes() / 1024, (System.nanoTime() - start) / 1_000_000);
    }

    @Override
    public void close() {
        thread.shutdownNow();
    }
}
