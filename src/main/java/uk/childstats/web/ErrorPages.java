package uk.childstats.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;

/** Error pages in the site's layout, with the help panel, and never a stack trace or SQL. */
final class ErrorPages {
    record ErrorPage(String title, String message) {
    }

    private ErrorPages() {
    }

    static void notFound(Context ctx, Views views) {
        ctx.status(HttpStatus.NOT_FOUND);
        views.plain(ctx, "error", new ErrorPage("Page not found",
                "There is no page at this address. If you typed it, check it is correct. You can find every police "
                        + "force and every year from the links below."));
    }

    static void serverError(Context ctx, Views views) {
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        try {
            views.plain(ctx, "error", new ErrorPage("Sorry, there is a problem with this site",
                    "The page could not be shown. Try again later."));
        } catch (RuntimeException renderingFailed) {
            ctx.contentType("text/plain; charset=utf-8").result("Sorry, there is a problem with this site. "
                    + "If you need help now: Childline 0800 1111, NSPCC Helpline 0808 800 5000, emergency 999.");
        }
    }
}
