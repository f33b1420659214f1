package uk.childstats.rates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;

/** Rates per 1,000 children for the FOI totals the site publishes, for the FOI force table and year ranking. */
public final class FoiRates {
    private FoiRates() {
    }

    /** One force's FOI rates by year. */
    public record OfForce(Map<FinancialYear, Rate> byYear) {
        public Rate of(FinancialYear year) {
            return byYear.getOrDefault(year, new Rate(null, null));
        }

        public RateNotes notes() {
            List<FinancialYear> years = byYear.entrySet().stream().filter(e -> e.getValue().available())
                    .map(Map.Entry::getKey).toList();
            return RateNotes.of(years, byYear.values());
        }
    }

    /** One year's FOI rates by force. */
    public record OfYear(Map<String, Rate> bySlug) {
        public Rate of(Area force) {
            return bySlug.getOrDefault(force.slug(), new Rate(null, null));
        }

        public RateNotes notes() {
            return new RateNotes(false, bySlug.values().stream().anyMatch(Rate::fewChildren));
        }
    }

    public static OfForce ofForce(PublishedValues foi, ChildPopulation population, Area force) {
        Map<FinancialYear, Long> totals = foi.valuesOf(Measure.TOTAL).getOrDefault(force.slug(), Map.of());
        Map<FinancialYear, Long> children = force.isForce() ? population.ofArea(force.slug()) : Map.of();
        Map<FinancialYear, Rate> rates = new HashMap<>();
        totals.forEach((year, total) -> rates.put(year, new Rate(total, children.get(year))));
        return new OfForce(rates);
    }

    public static OfYear ofYear(PublishedValues foi, ChildPopulation population, FinancialYear year) {
        Map<String, Long> children = population.ofYear(year);
        Map<String, Rate> rates = new HashMap<>();
        foi.valuesOf(Measure.TOTAL).forEach((slug, byYear) -> {
            if (byYear.containsKey(year)) {
                rates.put(slug, new Rate(byYear.get(year), children.get(slug)));
            }
        });
        return new OfYear(rates);
    }
}
