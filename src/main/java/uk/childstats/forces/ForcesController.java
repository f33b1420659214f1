package uk.childstats.forces;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialSections;
import uk.childstats.web.Views;

/** The list of forces and one page per force. */
public final class ForcesController {
    private final PublishedValues figures;
    private final Views views;
    private final OfficialSections official;

    public ForcesController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.official = new OfficialSections(dsl);
    }

    public void list(Context ctx) {
        views.figures(ctx, "forces", ForceListPage.build(figures));
    }

    public void show(Context ctx) {
        ForcePage page = ForcePage.build(figures, ctx.pathParam("slug")).orElseThrow(NotFoundResponse::new);
        views.figures(ctx, "force", page, official.forForcePage(page.force()));
    }
}
