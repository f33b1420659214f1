package uk.childstats.forces;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.downloads.Dataset;
import uk.childstats.downloads.DatasetResponses;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialReference;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.Children;
import uk.childstats.web.PerRelease;
import uk.childstats.web.Views;

/** The list of forces, one page per force, and that page's table as CSV, CSVW metadata and JSON. */
public final class ForcesController {
    private final PublishedValues figures;
    private final Views views;
    private final DatasetResponses downloads;
    private final OfficialSections official;
    private final PerRelease<FoiReference> foi;
    private final PerRelease<Children> children;
    private final PerRelease<OfficialReference> series;

    /** Given what every page of a release shares, read once per release. */
    public ForcesController(DSLContext dsl, Views views, PerRelease<FoiReference> foi, PerRelease<Children> children,
                            PerRelease<OfficialReference> series) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.downloads = new DatasetResponses(dsl);
        this.official = new OfficialSections(dsl);
        this.foi = foi;
        this.children = children;
        this.series = series;
    }

    public void list(Context ctx) {
        views.render(ctx, "forces/forces", ForceListPage.build(foi.of(ctx)));
    }

    public void show(Context ctx) {
        ForcePage.Shared shared = new ForcePage.Shared(foi.of(ctx), children.of(ctx), series.of(ctx));
        views.render(ctx, "forces/force", ForcePage.build(shared, figures, official, ctx.pathParam("slug"))
                .orElseThrow(NotFoundResponse::new));
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
    public Dataset dataset(Context ctx, String slug) {
        return ForceDataset.of(ForceTable.build(foi.of(ctx), figures, slug).orElseThrow(NotFoundResponse::new));
    }

    private Dataset dataset(Context ctx) {
        return dataset(ctx, ctx.pathParam("slug"));
    }
}
