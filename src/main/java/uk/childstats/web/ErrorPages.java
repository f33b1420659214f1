package uk.childstats.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Error pages in the site's layout, with the help panel, and never a stack trace or SQL. A program asking the API
 * or a metadata file gets a small JSON error instead, and a CSV download a line of plain text, never a page.
 */
public final class ErrorPages {
    static final String NOT_FOUND = "not found";
    static final int RETRY_AFTER_SECONDS = 10;
    static final String NOT_FOUND_TEXT = "Not found: there is no file at this address. Every download is listed at ";

    record ErrorPage(String title, String message) implements Page {
        @Override
        public boolean showsFigures() {
            return false;
        }
    }

    private ErrorPages() {
    }

    public static void notFound(Context ctx, Views views) {
        ctx.status(HttpStatus.NOT_FOUND);
        String path = ctx.path();
        if (Paths.isApi(path) || Paths.isMetadata(path)) {
            ctx.contentType("application/json; charset=utf-8").result(Json.pretty(notFoundJson()));
        } else if (Paths.isCsv(path)) {
            ctx.contentType("text/plain; charset=utf-8").result(NOT_FOUND_TEXT + Paths.DOWNLOADS + "\n");
        } else {
            views.render(ctx, "layout/error", new ErrorPage("Page not found",
                    "There is no page at this address. If you typed it, check it is correct. You can find every "
                            + "police force and every year from the links below."));
        }
    }

    /** The address is not echoed back: the body stays the same whatever a caller puts in it. */
    private static Map<String, Object> notFoundJson() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("error", NOT_FOUND);
        body.put("status", HttpStatus.NOT_FOUND.getCode());
        body.put("message", "No force, year or file at this address. Every download and API address is listed "
                + "on the downloads page.");
        body.put("downloads", Paths.DOWNLOADS);
        return body;
    }

    /** The database is away: a 503 that says so, with help, in the caller's format, and when to try again. */
    public static void unavailable(Context ctx, Views views) {
        ctx.status(HttpStatus.SERVICE_UNAVAILABLE);
        ctx.header("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
        ctx.header("Cache-Control", "no-store");
        String path = ctx.path();
        String message = "This part of the site is not available just now. Please try again in a minute.";
        if (Paths.isApi(path) || Paths.isMetadata(path)) {
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("error", "unavailable");
            body.put("status", HttpStatus.SERVICE_UNAVAILABLE.getCode());
            body.put("message", message);
            ctx.contentType("application/json; charset=utf-8").result(Json.pretty(body));
        } else if (Paths.isCsv(path)) {
            ctx.contentType("text/plain; charset=utf-8").result(message + "\n");
        } else {
            try {
                views.render(ctx, "layout/error", new ErrorPage("This page is not available just now", message));
            } catch (RuntimeException renderingFailed) {
                plainHelp(ctx, message);
            }
        }
    }

    private static void plainHelp(Context ctx, String message) {
        ctx.contentType("text/plain; charset=utf-8").result(message + " If you need help now: Childline "
                + Helplines.CHILDLINE_PHONE + ", NSPCC Helpline " + Helplines.NSPCC_HELPLINE_PHONE + ", emergency "
                + Helplines.EMERGENCY_PHONE + ".");
    }

    public static void serverError(Context ctx, Views views) {
        ctx.status(HttpStatus.INTERNAL_SERVER_ERROR);
        try {
            views.render(ctx, "layout/error", new ErrorPage("Sorry, there is a problem with this site",
                    "The page could not be shown. Try again later."));
        } catch (RuntimeException renderingFailed) {
            plainHelp(ctx, "Sorry, there is a problem with this site.");
        }
    }
}
