package uk.childstats.web;

import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import uk.childstats.data.Releases;

/**
 * The data version (the newest import's id), asked of the database once a second by a thread of its own, never
 * by a visitor's request. Data changes only on import, so anything rendered for one version is good until the
 * next, on every instance of the app. While the database cannot be reached the last known version stands, so
 * cached pages are served at full speed through an outage.
 */
public final class LatestImport {
    private static final ScheduledExecutorService CHECKER = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "latest-import-check");
        thread.setDaemon(true);
        return thread;
    });
    private final DSLContext dsl;
    private volatile int version = -1;

    public LatestImport(DSLContext dsl) {
        this.dsl = dsl;
        CHECKER.scheduleWithFixedDelay(this::check, 1, 1, TimeUnit.SECONDS);
    }

    int current() {
        if (version < 0) {
            version = Releases.currentVersion(dsl);
        }
        return version;
    }

    private void check() {
        try {
            version = Releases.currentVersion(dsl);
        } catch (DataAccessException | IllegalStateException e) {
            // The database is away: the last known version stands until it is back.
        }
    }
}
