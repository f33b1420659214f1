package uk.childstats.years;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.childstats.figures.Area;
import uk.childstats.figures.Cell;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.Format;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.figures.Rank;
import uk.childstats.web.Paths;

/** One financial year's FOI figures: the UK and nation totals, and the forces ranked among those that provided one. */
public record YearTable(FinancialYear year, List<AreaTotal> aggregates, List<RankedForce> ranked,
                       List<Area> notProvided, int forceCount, FinancialYear previous, FinancialYear next,
                       YearInsights insights) {

    public record AreaTotal(Area area, Cell cell) {
        public String totalText() {
            return Format.number(cell.value());
        }
    }

    public record RankedForce(int rank, boolean joint, Area area, Cell cell) {
        public String rankText() {
            return (joint ? "=" : "") + rank;
        }

        public String totalText() {
            return Format.number(cell.value());
        }

        public String href() {
            return Paths.force(area.slug());
        }
    }

    public String title() {
        return "Child sexual offences recorded by police forces, " + year.label();
    }

    public int providedCount() {
        return ranked.size();
    }

    public String previousHref() {
        return previous == null ? null : Paths.year(previous);
    }

    public String nextHref() {
        return next == null ? null : Paths.year(next);
    }

    public String forceHref(Area area) {
        return Paths.force(area.slug());
    }

    /** A year's table, given what the release shares: one read of this year's and the previous year's cells. */
    static YearTable build(FoiReference reference, PublishedValues figures, FinancialYear year) {
        List<Cell> cells = figures.cellsOfYears(List.of(year, year.previous()));
        Map<String, Cell> totals = totalsOf(cells, year);
        List<Area> areas = reference.areas();
        List<AreaTotal> aggregates = areas.stream().filter(a -> !a.isForce() && totals.containsKey(a.slug()))
                .map(a -> new AreaTotal(a, totals.get(a.slug()))).toList();
        List<Area> forces = areas.stream().filter(Area::isForce).filter(Area::territorial).toList();
        List<Area> provided = forces.stream().filter(a -> totals.containsKey(a.slug()))
                .sorted(Comparator.comparing((Area a) -> totals.get(a.slug()).value()).reversed()
                        .thenComparing(Area::name))
                .toList();
        List<Area> notProvided = forces.stream().filter(a -> !totals.containsKey(a.slug())).toList();
        List<FinancialYear> years = reference.allYears();
        int index = years.indexOf(year);
        List<RankedForce> ranked = rank(provided, totals, year);
        return new YearTable(year, aggregates, ranked, notProvided, forces.size(),
                index > 0 ? years.get(index - 1) : null,
                index < years.size() - 1 ? years.get(index + 1) : null,
                YearInsights.build(totalsOf(cells, year.previous()), year, aggregates, ranked));
    }

    /** Each area's total of the year, by area slug. */
    private static Map<String, Cell> totalsOf(List<Cell> cells, FinancialYear year) {
        return cells.stream().filter(c -> c.year().equals(year) && c.measureCode().equals(Measure.TOTAL))
                .collect(Collectors.toMap(Cell::areaSlug, Function.identity()));
    }

    /** Ranked among the forces that provided a total, with the same {@link Rank} the force pages quote. */
    private static List<RankedForce> rank(List<Area> sorted, Map<String, Cell> totals, FinancialYear year) {
        Map<String, Long> values = new java.util.LinkedHashMap<>();
        sorted.forEach(a -> values.put(a.slug(), totals.get(a.slug()).value()));
        Map<String, Rank> ranks = Rank.among(values, year);
        return sorted.stream().map(a -> new RankedForce(ranks.get(a.slug()).position(),
                ranks.get(a.slug()).joint(), a, totals.get(a.slug()))).toList();
    }
}
