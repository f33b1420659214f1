package uk.childstats.web;

import java.time.Duration;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import uk.childstats.data.Releases;

/**
 * The data version (the newest import's id), asked of the database at most once every few seconds. Data changes
 * only on import, so anything rendered for one version is good until the next, on every instance of the app.
 * If the database cannot be reached, the last known version stands, so cached pages are still served.
 */
public final class LatestImport {
    private static final long RECHECK_NANOS = Duration.ofSeconds(2).toNanos();
    private final DSLContext dsl;
    private volatile int version = -1;
    private volatile long checkedAt;

    public LatestImport(DSLContext dsl) {
        this.dsl = dsl;
    }

    int current() {
        long now = System.nanoTime();
        if (version < 0 || now - checkedAt > RECHECK_NANOS) {
            try {
                version = Releases.currentVersion(dsl);
                checkedAt = now;
            } catch (DataAccessException e) {
                if (version < 0) {
                    throw e;
                }
            }
        }
        return version;
    }
}
