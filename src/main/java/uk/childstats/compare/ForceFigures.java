package uk.childstats.compare;

import java.util.Map;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.rates.Rate;

/**
 * One force's figures in the chosen series: the yearly counts as the site publishes them and the rates per 1,000
 * children worked from them. A force outside the series (Police Scotland and the PSNI in the official series) has
 * none, and says so rather than showing 0.
 */
record ForceFigures(Area force, boolean inSeries, Map<FinancialYear, Long> counts, Map<FinancialYear, Rate> rates) {
    static final String NOT_IN_SERIES = "not in this series";

    static ForceFigures outsideSeries(Area force) {
        return new ForceFigures(force, false, Map.of(), Map.of());
    }

    /** The count (Long) or the rate (BigDecimal) of a year, or null where there is none. */
    Number value(FinancialYear year, CompareMeasure measure) {
        if (measure == CompareMeasure.COUNT) {
            return counts.get(year);
        }
        Rate rate = rate(year);
        return rate.available() ? rate.value() : null;
    }

    Rate rate(FinancialYear year) {
        return rates.getOrDefault(year, new Rate(counts.get(year), null));
    }

    /** What a cell without a value says. */
    String missingText(CompareMeasure measure) {
        if (!inSeries) {
            return NOT_IN_SERIES;
        }
        return measure == CompareMeasure.RATE ? Rate.NOT_AVAILABLE : Format.NOT_PROVIDED;
    }

    boolean transportPolice() {
        return force.isForce() && !force.territorial();
    }
}
