package uk.childstats.revisions;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.data.ReleaseHistory;
import uk.childstats.web.Page;
import uk.childstats.web.Views;

/** The releases of the official series, newest first, and what each revised, as a page and as CSV. */
public final class RevisionsController {
    public record ReleasesPage(String title, List<ReleaseHistory.Release> releases) implements Page {
    }

    public record RevisionsPage(String title, ReleaseHistory.Release release,
                                Optional<ReleaseHistory.Release> previous,
                                List<ReleaseHistory.Revision> revisions) implements Page {
        public String csvHref() {
            return release.href() + ".csv";
        }
    }

    private final ReleaseHistory history;
    private final Views views;

    public RevisionsController(DSLContext dsl, Views views) {
        this.history = new ReleaseHistory(dsl);
        this.views = views;
    }

    public void list(Context ctx) {
        views.render(ctx, "revisions/releases", new ReleasesPage("Releases and revisions", history.releases()));
    }

    public void show(Context ctx) {
        ReleaseHistory.Release release = release(ctx);
        views.render(ctx, "revisions/release", new RevisionsPage("Revised in the " + release.name(), release,
                history.previous(release), history.revisions(release)));
    }

    public void csv(Context ctx) {
        ReleaseHistory.Release release = release(ctx);
        StringBuilder csv = new StringBuilder("force,year,measure,old,new,change,release\r\n");
        for (ReleaseHistory.Revision r : history.revisions(release)) {
            csv.append(quoted(r.force())).append(',').append(r.year()).append(",offences_all_child_codes,")
                    .append(r.was()).append(',').append(r.now()).append(',').append(r.change()).append(',')
                    .append(quoted(release.name())).append("\r\n");
        }
        ctx.contentType("text/csv; charset=utf-8; header=present").result(csv.toString());
    }

    private ReleaseHistory.Release release(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,9}")) {
            throw new NotFoundResponse();
        }
        return history.release(Integer.parseInt(id)).orElseThrow(NotFoundResponse::new);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
