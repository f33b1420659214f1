package uk.childstats.embed;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.charts.Chart;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.forces.ForceCharts;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;
import uk.childstats.web.PerRelease;
import uk.childstats.web.Reuse;
import uk.childstats.web.Views;

/** /embed/forces/{slug}: just a force's chart, its description, the source and a link back, for an iframe. */
public final class EmbedController {
    private final PublishedValues figures;
    private final Views views;
    private final PerRelease<FoiReference> foi;

    /** What the embed template shows. */
    public record EmbedPage(Chart chart, String forceHref, String source, String licence) implements Page {
        public String title() {
            return chart.heading();
        }
    }

    /** Given the FOI figures every page of a release shares, read once per release. */
    public EmbedController(DSLContext dsl, Views views, PerRelease<FoiReference> foi) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.foi = foi;
    }

    public void force(Context ctx) {
        String slug = ctx.pathParam("slug");
        Chart chart = ForceCharts.totals(foi.of(ctx), figures, slug).orElseThrow(NotFoundResponse::new);
        views.render(ctx, "embed/embed", new EmbedPage(chart, Paths.force(slug), Reuse.SOURCE, Reuse.LICENCE));
    }
}
