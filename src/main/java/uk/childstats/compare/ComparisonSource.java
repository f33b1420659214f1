package uk.childstats.compare;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.official.OfficialForceSection;
import uk.childstats.official.OfficialReference;
import uk.childstats.official.OfficialSections;
import uk.childstats.official.SeriesTable;
import uk.childstats.rates.Children;
import uk.childstats.rates.FoiRates;
import uk.childstats.rates.Rate;

/**
 * The figures of a comparison, from the queries the force pages use: the FOI totals and their rates
 * ({@link FoiRates}), or the official series table of each force ({@link OfficialSections}), never worked out anew.
 */
final class ComparisonSource {
    private final OfficialSections official;
    private final FoiReference foi;
    private final Children children;
    private final OfficialReference series;

    /** Given what every page of the release shares: a comparison then reads only each force's official counts. */
    ComparisonSource(OfficialSections official, FoiReference foi, Children children, OfficialReference series) {
        this.official = official;
        this.foi = foi;
        this.children = children;
        this.series = series;
    }

    List<Area> forces() {
        return foi.areas().stream().filter(Area::isForce).toList();
    }

    Comparison of(CompareSeries series, CompareMeasure measure, List<Area> forces) {
        return series == CompareSeries.OFFICIAL ? official(measure, forces) : foi(measure, forces);
    }

    private Comparison foi(CompareMeasure measure, List<Area> forces) {
        List<ForceFigures> figures = forces.stream().map(force -> {
            Map<FinancialYear, Long> own = foi.totalsOf(force.slug());
            Map<FinancialYear, Long> living = force.isForce() ? children.ofArea(force.slug()) : Map.of();
            return new ForceFigures(force, true, own, FoiRates.ofForce(own, living).byYear());
        }).toList();
        return new Comparison(CompareSeries.FOI, measure, yearsOf(figures), figures, null);
    }

    private Comparison official(CompareMeasure measure, List<Area> forces) {
        List<OfficialForceSection> sections = forces.stream()
                .map(f -> official.forceSection(series, f, children.ofArea(f.slug()))).toList();
        List<ForceFigures> figures = sections.stream().map(ComparisonSource::officialFigures).toList();
        return new Comparison(CompareSeries.OFFICIAL, measure, yearsOf(figures), figures,
                sections.stream().filter(OfficialForceSection::showsTable).map(OfficialForceSection::release)
                        .findFirst().orElse(null));
    }

    private static ForceFigures officialFigures(OfficialForceSection section) {
        if (!section.showsTable()) {
            return ForceFigures.outsideSeries(section.force());
        }
        Map<FinancialYear, Long> counts = new TreeMap<>();
        Map<FinancialYear, Rate> rates = new TreeMap<>();
        for (SeriesTable.Row row : section.table().rows()) {
            counts.put(row.year(), row.total());
            rates.put(row.year(), row.rate());
        }
        return new ForceFigures(section.force(), true, counts, rates);
    }

    /** Every year from the first to the last that any chosen force has, none skipped, so gaps show. */
    private static List<FinancialYear> yearsOf(List<ForceFigures> figures) {
        TreeSet<FinancialYear> years = new TreeSet<>();
        figures.forEach(f -> years.addAll(f.counts().keySet()));
        return FinancialYear.continuous(years);
    }
}
