package uk.childstats.revisions;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.data.FoiReleaseHistory;
import uk.childstats.data.ReleaseHistory;
import uk.childstats.web.Page;
import uk.childstats.web.Views;

/**
 * The releases of the official series and of the FOI figures, newest first, and what each revised, as pages and
 * as CSV.
 */
public final class RevisionsController {
    public record ReleasesPage(String title, List<ReleaseHistory.Release> releases,
                               List<FoiReleaseHistory.Release> foiReleases) implements Page {
    }

    public record RevisionsPage(String title, ReleaseHistory.Release release,
                                Optional<ReleaseHistory.Release> previous,
                                List<ReleaseHistory.Revision> revisions) implements Page {
        public String csvHref() {
            return release.href() + ".csv";
        }
    }

    public record FoiRevisionsPage(String title, FoiReleaseHistory.Release release,
                                   Optional<FoiReleaseHistory.Release> previous,
                                   List<FoiReleaseHistory.Change> changes) implements Page {
        public String csvHref() {
            return release.href() + ".csv";
        }
    }

    private static final String CSV_TYPE = "text/csv; charset=utf-8; header=present";
    private final ReleaseHistory history;
    private final FoiReleaseHistory foiHistory;
    private final Views views;

    public RevisionsController(DSLContext dsl, Views views) {
        this.history = new ReleaseHistory(dsl);
        this.foiHistory = new FoiReleaseHistory(dsl);
        this.views = views;
    }

    public void list(Context ctx) {
        views.render(ctx, "revisions/releases", new ReleasesPage("Releases and revisions", history.releases(),
                foiHistory.releases()));
    }

    public void show(Context ctx) {
        ReleaseHistory.Release release = release(ctx);
        views.render(ctx, "revisions/release", new RevisionsPage("Revised in the " + release.name(), release,
                history.previous(release), history.revisions(release)));
    }

    public void showFoi(Context ctx) {
        FoiReleaseHistory.Release release = foiRelease(ctx);
        views.render(ctx, "revisions/foi-release", new FoiRevisionsPage("Changed in the " + release.name(), release,
                foiHistory.previous(release), foiHistory.changes(release)));
    }

    public void csv(Context ctx) {
        ReleaseHistory.Release release = release(ctx);
        StringBuilder csv = new StringBuilder("force,year,measure,old,new,change,release\r\n");
        for (ReleaseHistory.Revision r : history.revisions(release)) {
            csv.append(quoted(r.force())).append(',').append(r.year()).append(",offences_all_child_codes,")
                    .append(r.was()).append(',').append(r.now()).append(',').append(r.change()).append(',')
                    .append(quoted(release.name())).append("\r\n");
        }
        ctx.contentType(CSV_TYPE).result(csv.toString());
    }

    /** A withdrawn figure has an empty new value and change. */
    public void foiCsv(Context ctx) {
        FoiReleaseHistory.Release release = foiRelease(ctx);
        StringBuilder csv = new StringBuilder("force,year,measure,old,new,change,release\r\n");
        for (FoiReleaseHistory.Change c : foiHistory.changes(release)) {
            csv.append(quoted(c.force())).append(',').append(c.year()).append(',').append(quoted(c.measure()))
                    .append(',').append(c.was()).append(',').append(c.now() == null ? "" : c.now()).append(',')
                    .append(c.now() == null ? "" : c.now() - c.was()).append(',').append(quoted(release.name()))
                    .append("\r\n");
        }
        ctx.contentType(CSV_TYPE).result(csv.toString());
    }

    private ReleaseHistory.Release release(Context ctx) {
        return history.release(id(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private FoiReleaseHistory.Release foiRelease(Context ctx) {
        return foiHistory.release(id(ctx)).orElseThrow(NotFoundResponse::new);
    }

    private static int id(Context ctx) {
        String id = ctx.pathParam("id");
        if (!id.matches("[0-9]{1,9}")) {
            throw new NotFoundResponse();
        }
        return Integer.parseInt(id);
    }

    private static String quoted(String text) {
        return '"' + text.replace("\"", "\"\"") + '"';
    }
}
