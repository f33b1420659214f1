package uk.childstats.downloads;

import io.javalin.http.Context;
import org.jooq.DSLContext;
import uk.childstats.web.Paths;

/** Sends a dataset as CSV, CSVW metadata or JSON, with ETag / Last-Modified and 304 when unchanged. */
public final class DatasetResponses {
    private final DSLContext dsl;

    public DatasetResponses(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void csv(Context ctx, Dataset dataset) {
        if (Freshness.answeredNotModified(ctx, DataVersion.current(dsl))) {
            return;
        }
        ctx.header("Content-Disposition", "attachment; filename=\"" + dataset.fileName() + "\"");
        ctx.header("Link", "<" + Paths.metadata(dataset.csvPath()) + ">; rel=\"describedby\"; "
                + "type=\"application/csvm+json\"");
        ctx.contentType("text/csv; charset=utf-8; header=present").result(CsvOutput.write(dataset));
    }

    public void metadata(Context ctx, Dataset dataset) {
        DataVersion version = DataVersion.current(dsl);
        if (Freshness.answeredNotModified(ctx, version)) {
            return;
        }
        ctx.contentType("application/csvm+json; charset=utf-8")
                .result(CsvwMetadata.write(dataset, siteUrl(ctx), version));
    }

    public void json(Context ctx, Dataset dataset) {
        DataVersion version = DataVersion.current(dsl);
        if (Freshness.answeredNotModified(ctx, version)) {
            return;
        }
        ctx.contentType("application/json; charset=utf-8").result(JsonOutput.write(dataset, siteUrl(ctx), version));
    }

    /** "https://example.org": where the site was reached, for absolute addresses in citations. */
    public static String siteUrl(Context ctx) {
        return ctx.scheme() + "://" + ctx.host();
    }
}
