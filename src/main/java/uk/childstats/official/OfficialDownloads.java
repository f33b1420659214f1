package uk.childstats.official;

import io.javalin.http.Context;
import org.jooq.DSLContext;
import uk.childstats.downloads.DatasetResponses;

/** The official series and the child population as CSV files, each with its CSV on the Web metadata. */
public final class OfficialDownloads {
    private final OfficialDatasets datasets;
    private final DatasetResponses responses;

    public OfficialDownloads(DSLContext dsl) {
        this.datasets = new OfficialDatasets(dsl);
        this.responses = new DatasetResponses(dsl);
    }

    public void yearly(Context ctx) {
        responses.csv(ctx, datasets::yearly);
    }

    public void yearlyMetadata(Context ctx) {
        responses.metadata(ctx, datasets::yearly);
    }

    public void quarterly(Context ctx) {
        responses.csv(ctx, datasets::quarterly);
    }

    public void quarterlyMetadata(Context ctx) {
        responses.metadata(ctx, datasets::quarterly);
    }

    public void population(Context ctx) {
        responses.csv(ctx, datasets::population);
    }

    public void populationMetadata(Context ctx) {
        responses.metadata(ctx, datasets::population);
    }
}
