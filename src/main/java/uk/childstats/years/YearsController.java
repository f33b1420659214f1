package uk.childstats.years;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.function.Function;
import org.jooq.DSLContext;
import uk.childstats.downloads.Dataset;
import uk.childstats.downloads.DatasetResponses;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.MapReference;
import uk.childstats.map.MapSections;
import uk.childstats.web.Views;

/** The list of years, one page per financial year, and that page's table as CSV, CSVW metadata and JSON. */
public final class YearsController {
    private final PublishedValues figures;
    private final Views views;
    private final DatasetResponses downloads;
    private final MapSections maps;
    private final Function<Context, MapReference> shared;

    /** Given what every page (and map) of the release being rendered shares: the FOI figures' among it. */
    public YearsController(DSLContext dsl, Views views, Function<Context, MapReference> shared) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.downloads = new DatasetResponses(dsl);
        this.maps = new MapSections(dsl);
        this.shared = shared;
    }

    public void list(Context ctx) {
        views.render(ctx, "years/years", YearListPage.build(shared.apply(ctx).foi()));
    }

    public void show(Context ctx) {
        MapReference release = shared.apply(ctx);
        views.render(ctx, "years/year", YearPage.build(release, figures, maps,
                year(release.foi(), ctx.pathParam("year"))));
    }

    public void csv(Context ctx) {
        downloads.csv(ctx, dataset(ctx, ctx.pathParam("year")));
    }

    public void metadata(Context ctx) {
        downloads.metadata(ctx, dataset(ctx, ctx.pathParam("year")));
    }

    public void json(Context ctx) {
        downloads.json(ctx, dataset(ctx, ctx.pathParam("year")));
    }

    /** The dataset behind a year's downloads; the year is addressed as 2016-17. */
    public Dataset dataset(Context ctx, String slug) {
        FoiReference reference = shared.apply(ctx).foi();
        return YearDataset.of(YearTable.build(reference, figures, year(reference, slug)));
    }

    private static FinancialYear year(FoiReference reference, String slug) {
        return FinancialYear.parse(slug).filter(y -> y.slug().equals(slug))
                .filter(y -> reference.allYears().contains(y)).orElseThrow(NotFoundResponse::new);
    }
}
