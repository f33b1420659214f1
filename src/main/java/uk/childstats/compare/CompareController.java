package uk.childstats.compare;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.List;
import org.jooq.DSLContext;
import uk.childstats.figures.FoiReference;
import uk.childstats.official.OfficialReference;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.Children;
import uk.childstats.web.PerRelease;
import uk.childstats.web.Views;

/**
 * /compare?series=official&measure=rate&force=dorset-police&force=wiltshire-police: the address is the choice, so it
 * can be shared; /compare.csv with the same query is the comparison as a download.
 */
public final class CompareController {
    private final OfficialSections official;
    private final Views views;
    private final PerRelease<FoiReference> foi;
    private final PerRelease<Children> children;
    private final PerRelease<OfficialReference> series;

    /** Given what every page of a release shares, read once per release. */
    public CompareController(DSLContext dsl, Views views, PerRelease<FoiReference> foi, PerRelease<Children> children,
                             PerRelease<OfficialReference> series) {
        this.official = new OfficialSections(dsl);
        this.views = views;
        this.foi = foi;
        this.children = children;
        this.series = series;
    }

    public void show(Context ctx) {
        CompareChoice choice = CompareChoice.from(ctx.queryParamMap());
        if (!choice.valid()) {
            ctx.status(HttpStatus.BAD_REQUEST);
        }
        views.render(ctx, "compare/compare", ComparePage.build(source(ctx), choice));
    }

    public void csv(Context ctx) {
        CompareChoice choice = CompareChoice.from(ctx.queryParamMap());
        ComparePage page = ComparePage.build(source(ctx), choice);
        if (!choice.valid() || page.comparison() == null || page.comparison().isEmpty()) {
            List<String> messages = page.messages().isEmpty()
                    ? List.of("Choose at least one police force to compare.") : page.messages();
            ctx.status(HttpStatus.BAD_REQUEST).contentType("text/plain; charset=utf-8")
                    .result(String.join("\n", messages));
            return;
        }
        ComparisonCsv.send(ctx, page.comparison(), page.csvHref());
    }

    private ComparisonSource source(Context ctx) {
        return new ComparisonSource(official, foi.of(ctx), children.of(ctx), series.of(ctx));
    }
}
