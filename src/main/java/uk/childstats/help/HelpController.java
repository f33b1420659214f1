package uk.childstats.help;

import io.javalin.http.Context;
import uk.childstats.web.Page;
import uk.childstats.web.Views;

/** The help page: for children and young people, for worried adults, for schools, and in an emergency. */
public final class HelpController {
    public record HelpPage(String title) implements Page {
        @Override
        public boolean showsFigures() {
            return false;
        }
    }

    private HelpController() {
    }

    public static void show(Context ctx, Views views) {
        views.render(ctx, "help/help", new HelpPage("Get help and support"));
    }
}
