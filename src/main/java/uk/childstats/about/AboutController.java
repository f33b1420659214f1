package uk.childstats.about;

import io.javalin.http.Context;
import uk.childstats.web.Page;
import uk.childstats.web.Views;

/** What the figures are and are not, how one value is chosen per cell, licence and citation. */
public final class AboutController {
    public record AboutPage(String title) implements Page {
        @Override
        public boolean showsFigures() {
            return false;
        }
    }

    private AboutController() {
    }

    public static void show(Context ctx, Views views) {
        views.render(ctx, "about/about", new AboutPage("About these figures"));
    }
}
