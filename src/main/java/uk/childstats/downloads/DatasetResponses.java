package uk.childstats.downloads;

import io.javalin.http.Context;
import java.util.function.Supplier;
import org.jooq.DSLContext;
import uk.childstats.web.DataRelease;
import uk.childstats.web.Paths;
import uk.childstats.web.SiteUrl;

/**
 * Writes a dataset as CSV, CSVW metadata or JSON. The response store keeps what is written, with its ETag and gzip
 * form, until the next release; a dataset given as a supplier is built only when it is rendered.
 */
public final class DatasetResponses {
    private final DSLContext dsl;

    public DatasetResponses(DSLContext dsl) {
        this.dsl = dsl;
    }

    public void csv(Context ctx, Dataset dataset) {
        csv(ctx, () -> dataset);
    }

    public void csv(Context ctx, Supplier<Dataset> dataset) {
        Dataset table = dataset.get();
        ctx.header("Content-Disposition", "attachment; filename=\"" + table.fileName() + "\"");
        ctx.header("Link", "<" + Paths.metadata(table.csvPath()) + ">; rel=\"describedby\"; "
                + "type=\"application/csvm+json\"");
        ctx.contentType("text/csv; charset=utf-8; header=present").result(CsvOutput.write(table));
    }

    public void metadata(Context ctx, Dataset dataset) {
        metadata(ctx, () -> dataset);
    }

    public void metadata(Context ctx, Supplier<Dataset> dataset) {
        ctx.contentType("application/csvm+json; charset=utf-8")
                .result(CsvwMetadata.write(dataset.get(), siteUrl(ctx), release(ctx)));
    }

    public void json(Context ctx, Dataset dataset) {
        ctx.contentType("application/json; charset=utf-8").result(JsonOutput.write(dataset, siteUrl(ctx),
                release(ctx)));
    }

    /** The release the store is rendering for; read from the database when rendered outside the store. */
    private DataRelease release(Context ctx) {
        return DataRelease.of(ctx).orElseGet(() -> DataRelease.read(dsl, DataRelease.today()));
    }

    /** "https://example.org": the site's own address, for absolute addresses in citations. */
    public static String siteUrl(Context ctx) {
        return SiteUrl.of(ctx);
    }
}
