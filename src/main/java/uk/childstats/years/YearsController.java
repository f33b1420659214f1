package uk.childstats.years;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.downloads.Dataset;
import uk.childstats.downloads.DatasetResponses;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.MapSections;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.web.Views;

/** The list of years, one page per financial year, and that page's table as CSV, CSVW metadata and JSON. */
public final class YearsController {
    private final PublishedValues figures;
    private final Views views;
    private final DatasetResponses downloads;
    private final OfficialSections official;
    private final MapSections maps;
    private final ChildPopulation population;

    public YearsController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.downloads = new DatasetResponses(dsl);
        this.official = new OfficialSections(dsl);
        this.maps = new MapSections(dsl);
        this.population = new ChildPopulation(dsl);
    }

    public void list(Context ctx) {
        views.render(ctx, "years/years", YearListPage.build(figures));
    }

    public void show(Context ctx) {
        views.render(ctx, "years/year", YearPage.build(figures, official, population, maps,
                year(ctx.pathParam("year"))));
    }

    public void csv(Context ctx) {
        downloads.csv(ctx, dataset(ctx.pathParam("year")));
    }

    public void metadata(Context ctx) {
        downloads.metadata(ctx, dataset(ctx.pathParam("year")));
    }

    public void json(Context ctx) {
        downloads.json(ctx, dataset(ctx.pathParam("year")));
    }

    /** The dataset behind a year's downloads; the year is addressed as 2016-17. */
    public Dataset dataset(String slug) {
        return YearDataset.of(YearTable.build(figures, year(slug)));
    }

    private FinancialYear year(String slug) {
        return FinancialYear.parse(slug).filter(y -> y.slug().equals(slug))
                .filter(y -> figures.allYears().contains(y)).orElseThrow(NotFoundResponse::new);
    }
}
