package uk.childstats.years;

import java.util.List;
import java.util.Map;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.Format;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;

/** Every financial year with how many forces provided a total. */
public record YearListPage(String title, List<YearSummary> years, int forceCount) implements Page {

    public record YearSummary(FinancialYear year, long forcesWithTotal) {
        public String href() {
            return Paths.year(year);
        }
    }

    static YearListPage build(FoiReference figures) {
        Map<String, Map<FinancialYear, Long>> totals = figures.totals();
        List<Area> forces = figures.areas().stream().filter(Area::isForce).filter(Area::territorial).toList();
        List<YearSummary> years = figures.allYears().stream().map(year -> new YearSummary(year,
                forces.stream().filter(f -> totals.getOrDefault(f.slug(), Map.of()).containsKey(year)).count()))
                .toList();
        return new YearListPage("Financial years", years, forces.size());
    }
}
