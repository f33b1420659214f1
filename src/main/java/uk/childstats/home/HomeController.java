package uk.childstats.home;

import io.javalin.http.Context;
import org.jooq.DSLContext;
import uk.childstats.figures.PublishedValues;
import uk.childstats.web.Views;

/** The home page: the latest UK total, UK totals by year, and every force's latest figure. */
public final class HomeController {
    private final PublishedValues figures;
    private final Views views;

    public HomeController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
    }

    public void show(Context ctx) {
        views.figures(ctx, "home", HomePage.build(figures));
    }
}
