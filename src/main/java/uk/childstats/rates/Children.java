package uk.childstats.rates;

import java.util.HashMap;
import java.util.Map;
import uk.childstats.figures.FinancialYear;

/**
 * Children aged 0 to 17 in every area by year, and in England and Wales: the denominators every page of a data
 * release shares, read once per release.
 */
public record Children(Map<String, Map<FinancialYear, Long>> byArea, Map<FinancialYear, Long> englandAndWales) {

    public static Children read(ChildPopulation population) {
        Map<String, Map<FinancialYear, Long>> byArea = new HashMap<>();
        population.byArea().forEach((slug, byYear) -> byArea.put(slug, Map.copyOf(byYear)));
        return new Children(Map.copyOf(byArea), Map.copyOf(population.englandAndWales()));
    }

    /** Financial year → children, for one area; empty when it has no estimate. */
    public Map<FinancialYear, Long> ofArea(String areaSlug) {
        return byArea.getOrDefault(areaSlug, Map.of());
    }

    /** Area slug → children, for one financial year; an area with no estimate is absent. */
    public Map<String, Long> ofYear(FinancialYear year) {
        Map<String, Long> children = new HashMap<>();
        byArea.forEach((slug, byYear) -> {
            Long count = byYear.get(year);
            if (count != null) {
                children.put(slug, count);
            }
        });
        return children;
    }
}
