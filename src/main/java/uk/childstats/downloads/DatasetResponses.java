package uk.childstats.downloads;

import io.javalin.http.Context;
import uk.childstats.web.SiteUrl;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import uk.childstats.web.Paths;

/**
 * Sends a dataset as CSV, CSVW metadata or JSON, with ETag / Last-Modified and 304 when unchanged. A dataset given
 * as a supplier is built only when the caller's copy is out of date.
 */
public final class DatasetResponses {
    private final DSLContext dsl;
    private final StoredBodies stored;

    public DatasetResponses(DSLContext dsl) {
        this.dsl = dsl;
        this.stored = StoredBodies.of(dsl);
    }

    public void csv(Context ctx, Dataset dataset) {
        csv(ctx, () -> dataset);
    }

    public void csv(Context ctx, Supplier<Dataset> dataset) {
        DataVersion version = DataVersion.current(dsl);
        if (Freshness.answeredNotModified(ctx, version)) {
            return;
        }
        StoredBodies.Body body = stored.get(version.version(), "csv", ctx.path(), () -> {
            Dataset table = dataset.get();
            return StoredBodies.Body.of(CsvOutput.write(table), table);
        });
        ctx.header("Content-Disposition", "attachment; filename=\"" + body.fileName() + "\"");
        ctx.header("Link", "<" + Paths.metadata(body.csvPath()) + ">; rel=\"describedby\"; "
                + "type=\"application/csvm+json\"");
        ctx.contentType("text/csv; charset=utf-8; header=present");
        body.content().send(ctx);
    }

    public void metadata(Context ctx, Dataset dataset) {
        metadata(ctx, () -> dataset);
    }

    public void metadata(Context ctx, Supplier<Dataset> dataset) {
        DataVersion version = DataVersion.current(dsl);
        if (Freshness.answeredNotModified(ctx, version)) {
            return;
        }
        StoredBodies.Body body = stored.get(version.version(), "metadata", ctx.path(), () -> {
            Dataset table = dataset.get();
            return StoredBodies.Body.of(CsvwMetadata.write(table, siteUrl(ctx), version), table);
        });
        ctx.contentType("application/csvm+json; charset=utf-8");
        body.content().send(ctx);
    }

    public void json(Context ctx, Dataset dataset) {
        DataVersion version = DataVersion.current(dsl);
        if (Freshness.answeredNotModified(ctx, version)) {
            return;
        }
        StoredBodies.Body body = stored.get(version.version(), "json", ctx.path(),
                () -> StoredBodies.Body.of(JsonOutput.write(dataset, siteUrl(ctx), version), dataset));
        ctx.contentType("application/json; charset=utf-8");
        body.content().send(ctx);
    }

    /**
     * For a response built elsewhere, such as an API answer: sets ETag and Last-Modified from the data version and
     * answers 304 (returning true) when the caller's copy is current. Call it once the address is known to exist.
     */
    public boolean answeredNotModified(Context ctx) {
        return Freshness.answeredNotModified(ctx, DataVersion.current(dsl));
    }

    /** "https://example.org": the site's own address, for absolute addresses in citations. */
    public static String siteUrl(Context ctx) {
        return SiteUrl.of(ctx);
    }
}
