package uk.childstats.compare;

import java.util.ArrayList;
import java.util.List;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.official.Release;
import uk.childstats.rates.Rate;
import uk.childstats.rates.RateNotes;

/**
 * The chosen forces side by side in one series and one measure, every year of the series that any of them has.
 * release is the Home Office release for the official series, null for the FOI figures.
 */
record Comparison(CompareSeries series, CompareMeasure measure, List<FinancialYear> years, List<ForceFigures> forces,
                  Release release) {

    boolean isEmpty() {
        return years.isEmpty();
    }

    List<Number> values(ForceFigures force) {
        return years.stream().map(y -> force.value(y, measure)).toList();
    }

    boolean showsRates() {
        return measure == CompareMeasure.RATE;
    }

    /** The rates shown, for the notes under the table: census base change and areas with few children. */
    List<Rate> shownRates() {
        if (!showsRates()) {
            return List.of();
        }
        return forces.stream().flatMap(f -> years.stream().map(f::rate)).filter(Rate::available).toList();
    }

    /**
     * The census-base note where rates are shown across 2020/21 and 2021/22, the later-vintage note where 2024/25
     * has rates; few children are named apart.
     */
    RateNotes rateNotes() {
        List<FinancialYear> yearsWithRates = years.stream()
                .filter(y -> forces.stream().anyMatch(f -> f.rate(y).available())).toList();
        RateNotes notes = RateNotes.of(yearsWithRates, shownRates());
        return new RateNotes(notes.crossesCensusBase(), false, notes.laterVintage());
    }

    List<String> forcesWithFewChildren() {
        return names(forces.stream().filter(f -> showsRates() && years.stream()
                .anyMatch(y -> f.rate(y).fewChildren())).toList());
    }

    List<String> forcesOutsideSeries() {
        return names(forces.stream().filter(f -> !f.inSeries()).toList());
    }

    boolean hasTransportPolice() {
        return forces.stream().anyMatch(ForceFigures::transportPolice);
    }

    /** "Dorset Police, 2016/17: 497 offences ÷ 142,842 children × 1,000 = 3.5", for every rate shown. */
    List<String> workings() {
        List<String> workings = new ArrayList<>();
        if (!showsRates()) {
            return workings;
        }
        for (ForceFigures force : forces) {
            for (FinancialYear year : years) {
                Rate rate = force.rate(year);
                if (rate.available()) {
                    workings.add(force.force().name() + ", " + year.label() + ": " + rate.working());
                }
            }
        }
        return workings;
    }

    private static List<String> names(List<ForceFigures> forces) {
        return forces.stream().map(ForceFigures::force).map(Area::name).toList();
    }
}
