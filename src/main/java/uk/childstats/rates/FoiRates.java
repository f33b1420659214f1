package uk.childstats.rates;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;

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

    /** Rates of a force's FOI totals by year, given the children living in its area by year. */
    public static OfForce ofForce(Map<FinancialYear, Long> totals, Map<FinancialYear, Long> children) {
        Map<FinancialYear, Rate> rates = new HashMap<>();
        totals.forEach((year, total) -> rates.put(year, new Rate(total, children.get(year))));
        return new OfForce(rates);
    }

    /** Rates of one year's FOI totals, given every area's totals (area slug to year to total). */
    public static OfYear ofYear(Map<String, Map<FinancialYear, Long>> totals, ChildPopulation population,
                                FinancialYear year) {
        return ofYear(totals, population.ofYear(year), year);
    }

    /** The same, given the children living in each area that year (area slug to children). */
    public static OfYear ofYear(Map<String, Map<FinancialYear, Long>> totals, Map<String, Long> children,
                                FinancialYear year) {
        Map<String, Rate> rates = new HashMap<>();
        totals.forEach((slug, byYear) -> {
            if (byYear.containsKey(year)) {
                rates.put(slug, new Rate(byYear.get(year), children.get(slug)));
            }
        });
        return new OfYear(rates);
    }
}
