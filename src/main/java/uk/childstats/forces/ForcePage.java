package uk.childstats.forces;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childstats.figures.Area;
import uk.childstats.figures.Evidence;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.BothSeries;
import uk.childstats.official.OfficialForceSection;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.FoiRates;
import uk.childstats.web.Page;

/**
 * What the force page shows: the FOI table, the official series for the force, both totals side by side (null when
 * the series has no table for it) and the FOI rates: every area's totals and the force's children read once each.
 */
public record ForcePage(ForceTable table, OfficialForceSection official, BothSeries bothSeries,
                        FoiRates.OfForce foiRates, List<Evidence> setAside) implements Page {

    public String title() {
        return table.title();
    }

    /** The latest FOI total, for the top of the page; null when no source gave the force a total. */
    public ForceHeadline headline() {
        return ForceHeadline.of(table, foiRates).orElse(null);
    }

    static Optional<ForcePage> build(PublishedValues figures, OfficialSections official, ChildPopulation population,
                                     String slug) {
        Map<String, Map<FinancialYear, Long>> totals = figures.valuesOf(Measure.TOTAL);
        return ForceTable.build(figures, slug, totals).map(table -> {
            Area force = table.force();
            Map<FinancialYear, Long> foiTotals = totals.getOrDefault(force.slug(), Map.of());
            Map<FinancialYear, Long> children = force.isForce() ? population.ofArea(force.slug()) : Map.of();
            OfficialForceSection section = official.forceSection(force, children);
            return new ForcePage(table, section, BothSeries.beside(section, foiTotals),
                    FoiRates.ofForce(foiTotals, children), figures.setAsideOfArea(force.slug()));
        });
    }
}
