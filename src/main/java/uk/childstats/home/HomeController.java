package uk.childstats.home;

import io.javalin.http.Context;
import java.util.function.Function;
import org.jooq.DSLContext;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.MapReference;
import uk.childstats.map.MapSections;
import uk.childstats.official.OfficialSections;
import uk.childstats.web.Views;

/** The home page: the latest UK total, UK totals by year, and every force's latest figure. */
public final class HomeController {
    private final PublishedValues figures;
    private final Views views;
    private final OfficialSections official;
    private final MapSections maps;
    private final Function<Context, MapReference> shared;

    /** Given what every map of the release being rendered shares. */
    public HomeController(DSLContext dsl, Views views, Function<Context, MapReference> shared) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
        this.official = new OfficialSections(dsl);
        this.maps = new MapSections(dsl);
        this.shared = shared;
    }

    public void show(Context ctx) {
        MapReference release = shared.apply(ctx);
        views.render(ctx, "home/home", HomePage.build(figures, official, release, maps.forHomePage(release)));
    }
}
