package uk.childstats.compare;

import io.javalin.http.Context;
import org.jooq.DSLContext;
import uk.childstats.figures.PublishedValues;
import uk.childstats.web.Views;

/** /compare?force=dorset-police&force=wiltshire-police: the address is the choice, so it can be shared. */
public final class CompareController {
    public static final String FORCE_PARAMETER = "force";
    private final PublishedValues figures;
    private final Views views;

    public CompareController(DSLContext dsl, Views views) {
        this.figures = new PublishedValues(dsl);
        this.views = views;
    }

    public void show(Context ctx) {
        views.figures(ctx, "compare", ComparePage.build(figures, ctx.queryParams(FORCE_PARAMETER)));
    }
}
