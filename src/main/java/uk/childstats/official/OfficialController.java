package uk.childstats.official;

import io.javalin.http.Context;
import io.javalin.http.NotFoundResponse;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.Children;
import uk.childstats.web.PerRelease;
import uk.childstats.web.Views;

/** The official series pages: England and Wales over the years, and one page per year ranking the forces. */
public final class OfficialController {
    private final OfficialFigures official;
    private final Views views;
    private final PerRelease<OfficialReference> series;
    private final PerRelease<Children> children;

    /** Given what every page of a release shares, read once per release. */
    public OfficialController(DSLContext dsl, Views views, PerRelease<OfficialReference> series,
                              PerRelease<Children> children) {
        this.official = new OfficialFigures(dsl);
        this.views = views;
        this.series = series;
        this.children = children;
    }

    /** England and Wales over the years, given what the release shares: its own sums, BTP's counts, the quarters. */
    public void overview(Context ctx) {
        OfficialReference reference = series.of(ctx);
        Release release = reference.release().orElseThrow(NotFoundResponse::new);
        OffenceGroups groups = reference.groups();
        SeriesTable englandAndWales = SeriesTable.build(groups, official.englandAndWales(),
                children.of(ctx).englandAndWales(), englandAndWalesRevisions(reference));
        Area transportPolice = reference.forces().stream().filter(f -> !f.territorial()).findFirst()
                .orElseThrow(NotFoundResponse::new);
        SeriesTable btp = SeriesTable.build(groups, official.countsOfArea(transportPolice.slug()), Map.of());
        views.render(ctx, "official/official", new OfficialOverviewPage(release, englandAndWales, btp, groups,
                official.provisionalYear(reference.years()).orElse(null)));
    }

    public void year(Context ctx) {
        OfficialReference reference = series.of(ctx);
        FinancialYear year = yearOf(ctx, reference.years());
        views.render(ctx, "official/official-year", yearPage(official, reference, children.of(ctx), year));
    }

    /** A year's page, given what the release shares: one query, of the year's counts. */
    static OfficialYearPage yearPage(OfficialFigures official, OfficialReference reference, Children children,
                                     FinancialYear year) {
        Release release = reference.release().orElseThrow(NotFoundResponse::new);
        YearOfForces forces = new YearOfForces(reference.forces(), official.countsOfYear(year),
                children.ofYear(year));
        return OfficialYearPage.build(year, reference.years(), release, forces, revisionsOf(reference, year));
    }

    /** England and Wales totals the newest release revised, with what the release before it said. */
    private static Map<FinancialYear, SeriesTable.Revision> englandAndWalesRevisions(OfficialReference reference) {
        Map<FinancialYear, SeriesTable.Revision> revisions = new java.util.HashMap<>();
        reference.newestReleaseWords().ifPresent(words -> reference.englandAndWalesWas().forEach((year, was) ->
                revisions.put(FinancialYear.parse(year).orElseThrow(), new SeriesTable.Revision(words, was))));
        return revisions;
    }

    /** One year's revised totals: England and Wales under the empty key, each force under its slug. */
    private static Map<String, SeriesTable.Revision> revisionsOf(OfficialReference reference, FinancialYear year) {
        Map<String, SeriesTable.Revision> revisions = new java.util.HashMap<>();
        reference.newestReleaseWords().ifPresent(words -> {
            reference.newestRevisions().stream().filter(r -> r.year().equals(year.label()))
                    .forEach(r -> revisions.put(r.areaSlug(), new SeriesTable.Revision(words, r.was())));
            Long was = reference.englandAndWalesWas().get(year.label());
            if (was != null) {
                revisions.put(OfficialYearPage.ENGLAND_AND_WALES, new SeriesTable.Revision(words, was));
            }
        });
        return revisions;
    }

    /** The year a URL names ("2016-17"), if the series publishes it; otherwise 404. */
    static FinancialYear yearOf(Context ctx, List<FinancialYear> published) {
        String slug = ctx.pathParam("year");
        return FinancialYear.parse(slug).filter(y -> y.slug().equals(slug)).filter(published::contains)
                .orElseThrow(NotFoundResponse::new);
    }
}
