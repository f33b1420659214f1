package uk.childstats.compare;

import java.util.ArrayList;
import java.util.List;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Describe;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.FinancialYear;

/** The comparison as a line chart figure: one line per force, gaps where a force has no value, never 0. */
final class ComparisonChart {
    static final String ID = "chart-compare";

    private ComparisonChart() {
    }

    static Chart of(Comparison comparison, String csvHref) {
        List<String> labels = comparison.years().stream().map(FinancialYear::label).toList();
        List<Chart.Series> series = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (ForceFigures force : comparison.forces()) {
            List<Number> values = comparison.values(force);
            series.add(new Chart.Series(force.force().name(), values, force.missingText(comparison.measure())));
            clauses.add(clause(comparison, force, labels, values, clauses.isEmpty()));
        }
        return new Chart(ID, Chart.Kind.LINE, heading(comparison), String.join("; ", clauses) + ".", "Year",
                comparison.measure().option().detail(), labels, series, csvHref,
                Dataset.FILE_PREFIX + "comparison.png");
    }

    static String heading(Comparison comparison) {
        String what = comparison.measure() == CompareMeasure.RATE
                ? "offences per 1,000 children, by force and year" : "offences recorded, by force and year";
        return comparison.series().option().label() + ": " + what;
    }

    /** "offences recorded by Dorset Police rose from 332 in 2014/15 to 900 in 2022/23", without the full stop. */
    private static String clause(Comparison comparison, ForceFigures force, List<String> labels, List<Number> values,
                                 boolean first) {
        String name = force.force().name();
        if (!force.inSeries()) {
            return name + " is not in this series, which covers England and Wales only";
        }
        if (comparison.showsRates() && force.transportPolice()) {
            return name + " has no rate: it polices the railways, not an area where children live";
        }
        String what = comparison.showsRates() ? "offences per 1,000 children" : "offences";
        String subject = (first ? Character.toUpperCase(what.charAt(0)) + what.substring(1) : what)
                + " recorded by " + name;
        String sentence = Describe.trend(subject, labels, values);
        return sentence.substring(0, sentence.length() - 1);
    }
}
