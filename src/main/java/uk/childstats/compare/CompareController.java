package uk.childstats.compare;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.jooq.DSLContext;
import uk.childstats.web.Views;

/**
 * /compare?series=official&measure=rate&force=dorset-police&force=wiltshire-police: the address is the choice, so it
 * can be shared; /compare.csv with the same query is the comparison as a download.
 */
public final class CompareController {
    private final ComparisonSource source;
    private final Views views;

    public CompareController(DSLContext dsl, Views views) {
        this.source = new ComparisonSource(dsl);
        this.views = views;
    }

    public void show(Context ctx) {
        CompareChoice choice = CompareChoice.from(ctx.queryParamMap());
        if (!choice.valid()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        views.render(ctx, "compare/compare", ComparePage.build(source, choice));
    }

    public void csv(Context ctx) {
        CompareChoice choice = CompareChoice.from(ctx.queryParamMap());
        ComparePage page = ComparePage.build(source, choice);
        if (!choice.valid() || page.comparison() == null || page.comparison().isEmpty()) {
            List<String> messages = page.messages().isEmpty()
                    ? List.of("Choose at least one police force to compare.") : page.messages();
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8")
                    .result(String.join("\n", messages));
            return;
        }
        ComparisonCsv.send(ctx, page.comparison(), page.csvHref());
    }
}
