package uk.childstats.forces;

import java.util.Optional;
import uk.childstats.charts.Chart;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;

/** A force's chart for other features (the embeddable chart): the same chart as on the force page. */
public final class ForceCharts {
    private ForceCharts() {
    }

    public static Optional<Chart> totals(PublishedValues figures, String slug) {
        return ForceTable.build(figures, slug, figures.valuesOf(Measure.TOTAL)).map(table -> table.insights().chart());
    }
}
