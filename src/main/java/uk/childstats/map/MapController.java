package uk.childstats.map;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.function.Function;
import org.jooq.DSLContext;
import uk.childstats.web.SiteUrl;
import uk.childstats.web.Views;

/** /map, its SVG download and its embed page. */
public final class MapController {
    private final MapBuilder maps;
    private final Views views;
    private final Function<Context, MapReference> shared;

    /** Given what every map of the release being rendered shares. */
    public MapController(DSLContext dsl, Views views, Function<Context, MapReference> shared) {
        this.maps = new MapBuilder(dsl);
        this.views = views;
        this.shared = shared;
    }

    public void page(Context ctx) {
        views.render(ctx, "map/map", chosen(ctx));
    }

    public void embed(Context ctx) {
        views.render(ctx, "map/embed", chosen(ctx));
    }

    public void svg(Context ctx) {
        String svg = maps.download(shared.apply(ctx), ctx.queryParam("measure"), ctx.queryParam("year"),
                SiteUrl.of(ctx)).orElseThrow(NotFoundResponse::new);
        ctx.header("Content-Disposition", "attachment; filename=\"police-force-map.svg\"");
        ctx.contentType("image/svg+xml; charset=utf-8").result(svg);
    }

    private ForceMap chosen(Context ctx) {
        return maps.build(shared.apply(ctx), ctx.queryParam("measure"), ctx.queryParam("year"))
                .orElseThrow(NotFoundResponse::new);
    }
}
