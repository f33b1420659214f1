package uk.childstats.official;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.FoiRates;
import uk.childstats.rates.Rate;
import uk.childstats.web.Paths;

/**
 * What the official series and the rates add to pages of other features, as named template variables, so those
 * pages only include a fragment: "official" (the series) and "foiRates" (rates for the FOI figures).
 */
public final class OfficialSections {
    private final OfficialFigures official;
    private final ChildPopulation population;
    private final PublishedValues foi;

    public OfficialSections(DSLContext dsl) {
        this.official = new OfficialFigures(dsl);
        this.population = new ChildPopulation(dsl);
        this.foi = new PublishedValues(dsl);
    }

    public Map<String, Object> forForcePage(Area force) {
        Map<String, Object> sections = new HashMap<>();
        OfficialForceSection section = forceSection(force);
        sections.put("official", section);
        sections.put("bothSeries", section.showsTable() && force.territorial()
                ? BothSeries.of(force.name(), foi.valuesOf(Measure.TOTAL).getOrDefault(force.slug(), Map.of()),
                        section.table())
                : null);
        sections.put("foiRates", FoiRates.ofForce(foi, population, force));
        return sections;
    }

    public Map<String, Object> forFoiYearPage(FinancialYear year) {
        Map<String, Object> sections = new HashMap<>();
        sections.put("foiRates", FoiRates.ofYear(foi, population, year));
        sections.put("officialYearHref", official.years().contains(year) ? Paths.officialYear(year) : null);
        return sections;
    }

    public Map<String, Object> forHomePage() {
        Map<String, Object> sections = new HashMap<>();
        sections.put("official", headline().orElse(null));
        return sections;
    }

    public OfficialForceSection forceSection(Area force) {
        OfficialForceSection.Coverage coverage = coverage(force);
        if (coverage != OfficialForceSection.Coverage.TERRITORIAL_FORCE
                && coverage != OfficialForceSection.Coverage.TRANSPORT_POLICE) {
            return new OfficialForceSection(coverage, force, null, null);
        }
        SeriesTable table = SeriesTable.build(official.groups(), official.countsOfArea(force.slug()),
                population.ofArea(force.slug()));
        return new OfficialForceSection(coverage, force, table, official.release().orElse(null));
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

    Optional<OfficialHeadline> headline() {
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
