package uk.childstats.forces;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.downloads.Dataset;
import uk.childstats.downloads.DatasetResponses;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.web.Views;

/** The list of forces, one page per force, and that page's table as CSV, CSVW metadata and JSON. */
public final class ForcesController {
    private final PublishedValues figures;
    private final Views views;
    private final DatasetResponses downloads;
    private final OfficialSections official;
    private final ChildPopulation population;

    public ForcesController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.downloads = new DatasetResponses(dsl);
        this.official = new OfficialSections(dsl);
        this.population = new ChildPopulation(dsl);
    }

    public void list(Context ctx) {
        views.render(ctx, "forces/forces", ForceListPage.build(figures));
    }

    public void show(Context ctx) {
        views.render(ctx, "forces/force", ForcePage.build(figures, official, population, ctx.pathParam("slug"))
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
    public Dataset dataset(String slug) {
        return ForceDataset.of(ForceTable.build(figures, slug, figures.valuesOf(Measure.TOTAL))
                .orElseThrow(NotFoundResponse::new));
    }

    private Dataset dataset(Context ctx) {
        return dataset(ctx.pathParam("slug"));
    }
}
