package uk.childstats.official;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.data.ReleaseHistory;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Rate;
import uk.childstats.web.Paths;

/** What the official series adds to pages of other features: a force's section, a year's link, the home headline. */
public final class OfficialSections {
    private final OfficialFigures official;
    private final ChildPopulation population;
    private final ReleaseHistory history;

    public OfficialSections(DSLContext dsl) {
        this.official = new OfficialFigures(dsl);
        this.population = new ChildPopulation(dsl);
        this.history = new ReleaseHistory(dsl);
    }

    public OfficialForceSection forceSection(Area force) {
        return forceSection(force, population.ofArea(force.slug()));
    }

    /** A force's section, given the children living in its area by year (read once by the force page). */
    public OfficialForceSection forceSection(Area force, Map<FinancialYear, Long> children) {
        OfficialForceSection.Coverage coverage = coverage(force);
        if (coverage != OfficialForceSection.Coverage.TERRITORIAL_FORCE
                && coverage != OfficialForceSection.Coverage.TRANSPORT_POLICE) {
            return new OfficialForceSection(coverage, force, null, null);
        }
        SeriesTable table = SeriesTable.build(official.groups(), official.countsOfArea(force.slug()), children,
                revisionsOf(force));
        return new OfficialForceSection(coverage, force, table, official.release().orElse(null));
    }

    /** The force's year totals that the newest release revised, with what the previous release said. */
    private Map<FinancialYear, SeriesTable.Revision> revisionsOf(Area force) {
        Map<FinancialYear, SeriesTable.Revision> revisions = new java.util.HashMap<>();
        List<ReleaseHistory.Release> releases = history.releases();
        if (!releases.isEmpty()) {
            String name = releases.get(0).name().replace("Home Office police recorded crime, ", "");
            history.latestRevisionsOf(force.slug(), force.name(), releases)
                    .forEach(r -> revisions.put(FinancialYear.parse(r.year()).orElseThrow(),
                            new SeriesTable.Revision(name, r.was())));
        }
        return revisions;
    }

    /** The official page of a year the FOI figures also cover, if the series publishes that year. */
    public Optional<String> yearHref(FinancialYear year) {
        return official.years().contains(year) ? Optional.of(Paths.officialYear(year)) : Optional.empty();
    }

    private OfficialForceSection.Coverage coverage(Area force) {
        if (!force.isForce()) {
            return OfficialForceSection.Coverage.NOT_A_FORCE;
        }
        if (!official.covers(force.slug())) {
            return OfficialForceSection.Coverage.OUTSIDE_ENGLAND_AND_WALES;
        }
        return force.territorial() ? OfficialForceSection.Coverage.TERRITORIAL_FORCE
                : OfficialForceSection.Coverage.TRANSPORT_POLICE;
    }

    public Optional<OfficialHeadline> headline() {
        Map<FinancialYear, Map<String, Long>> englandAndWales = official.englandAndWales();
        Optional<Release> release = official.release();
        if (englandAndWales.isEmpty() || release.isEmpty()) {
            return Optional.empty();
        }
        FinancialYear latest = englandAndWales.keySet().stream().max(FinancialYear::compareTo).orElseThrow();
        long total = OffenceGroups.total(englandAndWales.get(latest));
        Rate rate = new Rate(total, population.englandAndWales().get(latest));
        return Optional.of(new OfficialHeadline(latest, total, rate, release.get()));
    }
}
