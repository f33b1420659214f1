package uk.childstats.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.net.ConnectException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import org.jooq.DSLContext;
import org.jooq.exception.DataAccessException;
import uk.childstats.data.Releases;

/** For a load balancer or an orchestrator: is the process up, and can it serve figures. */
public final class Health {
    public static final String LIVE = "/healthz";
    public static final String READY = "/readyz";
    private final DSLContext dsl;

    public Health(DSLContext dsl) {
        this.dsl = dsl;
    }

    public static void live(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8").result("ok\n");
    }

    /** Ready when the database answers and a release of the data has been imported. */
    public void ready(Context ctx) {
        ctx.contentType("text/plain; charset=utf-8");
        try {
            int version = Releases.currentVersion(dsl);
            if (version > 0) {
                ctx.result("ready: data version " + version + "\n");
            } else {
                ctx.status(HttpStatus.SERVICE_UNAVAILABLE).result("not ready: no data imported yet\n");
            }
        } catch (DataAccessException e) {
            ctx.status(HttpStatus.SERVICE_UNAVAILABLE).header("Retry-After", "5")
                    .result("not ready: the database is not reachable\n");
        }
    }

    /** True when a request failed because the database could not be reached, not because of a bug. */
    public static boolean isDatabaseAway(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLTransientConnectionException || cause instanceof SQLNonTransientConnectionException
                    || cause instanceof ConnectException) {
                return true;
            }
        }
        return false;
    }
}
