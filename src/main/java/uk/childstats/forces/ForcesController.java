package uk.childstats.forces;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.downloads.Dataset;
import uk.childstats.downloads.DatasetResponses;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialSections;
import uk.childstats.web.Views;

/** The list of forces, one page per force, and that page's table as CSV, CSVW metadata and JSON. */
public final class ForcesController {
    private final PublishedValues figures;
    private final Views views;
    private final DatasetResponses downloads;
    private final OfficialSections official;

    public ForcesController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.downloads = new DatasetResponses(dsl);
        this.official = new OfficialSections(dsl);
    }

    public void list(Context ctx) {
        views.figures(ctx, "forces/forces", ForceListPage.build(figures));
    }

    public void show(Context ctx) {
        ForcePage page = page(ctx);
        views.figures(ctx, "forces/force", page, official.forForcePage(page.force()));
    }

    public void csv(Context ctx) {
        downloads.csv(ctx, dataset(ctx));
    }

    public void metadata(Context ctx) {
        downloads.metadata(ctx, dataset(ctx));
    }

    public void json(Context ctx) {
        downloads.json(ctx, dataset(ctx));
    }

    /** The dataset behind a force's downloads, for the downloads page. */
    public Dataset dataset(String slug) {
        return ForceDataset.of(ForcePage.build(figures, slug).orElseThrow(NotFoundResponse::new));
    }

    ForcePage page(Context ctx) {
        return ForcePage.build(figures, ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
    }

    private Dataset dataset(Context ctx) {
        return ForceDataset.of(page(ctx));
    }
}
