package uk.childstats.forces;

import java.util.Optional;
import uk.childstats.charts.Chart;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;

/** A force's chart for other features (the embeddable chart): the same chart as on the force page. */
public final class ForceCharts {
    /**
     * The frame height the embed code suggests, in CSS pixels: the embed at 320 px wide (the tallest it gets, with
     * its title, chart, source and help line) fits inside it; PhoneLayoutBrowserTest measures it at 320 to 640 px.
     */
    public static final int EMBED_HEIGHT = 800;

    private ForceCharts() {
    }

    public static Optional<Chart> totals(PublishedValues figures, String slug) {
        return ForceTable.build(figures, slug, figures.valuesOf(Measure.TOTAL)).map(table -> table.insights().chart());
    }
}
