package uk.childstats.years;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialSections;
import uk.childstats.web.Views;

/** The list of years and one page per financial year. */
public final class YearsController {
    private final PublishedValues figures;
    private final Views views;
    private final OfficialSections official;

    public YearsController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.official = new OfficialSections(dsl);
    }

    public void list(Context ctx) {
        views.figures(ctx, "years", YearListPage.build(figures));
    }

    public void show(Context ctx) {
        String slug = ctx.pathParam("year");
        FinancialYear year = FinancialYear.parse(slug).filter(y -> y.slug().equals(slug))
                .filter(y -> figures.allYears().contains(y)).orElseThrow(NotFoundResponse::new);
        views.figures(ctx, "year", YearPage.build(figures, year), official.forFoiYearPage(year));
    }
}
