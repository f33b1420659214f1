package uk.childstats.find;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jooq.DSLContext;
import uk.childstats.web.Json;
import uk.childstats.web.Views;

/**
 * /find?q= and /api/find?q=. What a visitor types may be where they live: it is never logged, stored or cached,
 * and the answer tells the browser not to keep it either.
 */
public final class FindController {
    private final ForceFinder finder;
    private final Views views;

    public FindController(DSLContext dsl, Views views) {
        this.finder = new ForceFinder(dsl);
        this.views = views;
    }

    public void page(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        String query = query(ctx);
        Answer answer = finder.find(query);
        if (answer.onlyForce().isPresent()) {
            ctx.redirect(answer.onlyForce().get().href(), HttpStatus.SEE_OTHER);
            return;
        }
        views.render(ctx, "find/find", FindPage.of(query, answer, finder.forces()));
    }

    public void api(Context ctx) {
        ctx.header("Cache-Control", "no-store");
        Answer answer = finder.find(query(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("result", !answer.found() ? "none" : answer.onlyForce().isPresent() ? "one" : "several");
        body.put("matches", answer.matches().stream().map(FindController::json).toList());
        body.put("forces", answer.forces().stream().map(FindController::json).toList());
        ctx.contentType("application/json; charset=utf-8").result(Json.pretty(body));
    }

    private static String query(Context ctx) {
        String q = ctx.queryParam("q");
        return q == null ? "" : q.replaceAll("\\p{Cntrl}", " ").strip();
    }

    private static Map<String, Object> json(Match match) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", match.kind().label());
        m.put("place", match.place());
        m.put("uncertain", match.uncertain());
        m.put("text", match.sentence());
        m.put("forces", match.forces().stream().map(FindController::json).toList());
        return m;
    }

    private static Map<String, Object> json(Force force) {
        Map<String, Object> f = new LinkedHashMap<>();
        f.put("name", force.name());
        f.put("slug", force.slug());
        f.put("page", force.href());
        return f;
    }

}
