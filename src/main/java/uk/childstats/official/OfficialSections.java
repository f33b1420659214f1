package uk.childstats.official;

import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Rate;
import uk.childstats.web.Paths;

/** What the official series adds to pages of other features: a force's section, a year's link, the home headline. */
public final class OfficialSections {
    private final OfficialFigures official;
    private final ChildPopulation population;

    public OfficialSections(DSLContext dsl) {
        this.official = new OfficialFigures(dsl);
        this.population = new ChildPopulation(dsl);
    }

    /**
     * A force's section, given what the release shares and the children living in the force's area by year: one
     * query, of the force's counts.
     */
    public OfficialForceSection forceSection(OfficialReference reference, Area force,
                                             Map<FinancialYear, Long> children) {
        OfficialForceSection.Coverage coverage = coverage(reference, force);
        if (coverage != OfficialForceSection.Coverage.TERRITORIAL_FORCE
                && coverage != OfficialForceSection.Coverage.TRANSPORT_POLICE) {
            return new OfficialForceSection(coverage, force, null, null);
        }
        SeriesTable table = SeriesTable.build(reference.groups(), official.countsOfArea(force.slug()), children,
                revisionsOf(reference, force));
        return new OfficialForceSection(coverage, force, table, reference.release().orElse(null));
    }

    /** The force's year totals that the newest release revised, with what the previous release said. */
    private static Map<FinancialYear, SeriesTable.Revision> revisionsOf(OfficialReference reference, Area force) {
        Map<FinancialYear, SeriesTable.Revision> revisions = new java.util.HashMap<>();
        reference.newestReleaseWords().ifPresent(words -> reference.newestRevisions().stream()
                .filter(r -> r.areaSlug().equals(force.slug()))
                .forEach(r -> revisions.put(FinancialYear.parse(r.year()).orElseThrow(),
                        new SeriesTable.Revision(words, r.was()))));
        return revisions;
    }

    /** The official page of a year the FOI figures also cover, if the series publishes that year. */
    public static Optional<String> yearHref(OfficialReference reference, FinancialYear year) {
        return reference.years().contains(year) ? Optional.of(Paths.officialYear(year)) : Optional.empty();
    }

    private static OfficialForceSection.Coverage coverage(OfficialReference reference, Area force) {
        if (!force.isForce()) {
            return OfficialForceSection.Coverage.NOT_A_FORCE;
        }
        if (!reference.covers(force.slug())) {
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
