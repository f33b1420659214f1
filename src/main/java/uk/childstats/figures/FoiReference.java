package uk.childstats.figures;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What every page of a data release shares of the FOI figures: the areas, the measures, the years and every area's
 * published totals (the rankings and rates compare a force with the others). Read once per release, in five queries.
 */
public record FoiReference(List<Area> areas, List<Measure> measures, List<FinancialYear> allYears,
                           List<FinancialYear> yearsWithForceFigures, Map<String, Map<FinancialYear, Long>> totals) {

    public static FoiReference read(PublishedValues figures) {
        Map<String, Map<FinancialYear, Long>> totals = new LinkedHashMap<>();
        figures.valuesOf(Measure.TOTAL)
                .forEach((slug, byYear) -> totals.put(slug, Collections.unmodifiableMap(byYear)));
        return new FoiReference(List.copyOf(figures.areas()), List.copyOf(figures.measures()),
                List.copyOf(figures.allYears()), List.copyOf(figures.yearsWithForceFigures()),
                Collections.unmodifiableMap(totals));
    }

    public Optional<Area> area(String slug) {
        return areas.stream().filter(a -> a.slug().equals(slug)).findFirst();
    }

    /** An area's published totals by year; empty when it has none. */
    public Map<FinancialYear, Long> totalsOf(String slug) {
        return totals.getOrDefault(slug, Map.of());
    }
}
