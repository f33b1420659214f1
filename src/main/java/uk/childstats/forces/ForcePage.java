package uk.childstats.forces;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childstats.figures.Evidence;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.BothSeries;
import uk.childstats.official.OfficialForceSection;
import uk.childstats.official.OfficialReference;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.Children;
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

    /**
     * The page of a force, given what the release shares (read once per release): three queries of the force's own
     * figures, its FOI cells, its published values and its official counts.
     */
    static Optional<ForcePage> build(Shared shared, PublishedValues figures, OfficialSections official, String slug) {
        return shared.foi().area(slug).map(force -> {
            PublishedValues.AreaFigures own = figures.ofArea(slug);
            ForceTable table = ForceTable.build(shared.foi(), force, own.cells());
            Map<FinancialYear, Long> foiTotals = shared.foi().totalsOf(slug);
            Map<FinancialYear, Long> children = force.isForce() ? shared.children().ofArea(slug) : Map.of();
            OfficialForceSection section = official.forceSection(shared.official(), force, children);
            return new ForcePage(table, section, BothSeries.beside(section, foiTotals),
                    FoiRates.ofForce(foiTotals, children), own.setAside());
        });
    }

    /** What every force page of a release shares: the FOI figures', the child population's and the series'. */
    record Shared(FoiReference foi, Children children, OfficialReference official) {
    }
}
