package uk.childstats.forces;

import java.util.Optional;
import uk.childstats.charts.Chart;
import uk.childstats.figures.FoiReference;
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

    /** Given the FOI figures the release shares: one read of the force's own. */
    public static Optional<Chart> totals(FoiReference reference, PublishedValues figures, String slug) {
        return ForceTable.build(reference, figures, slug).map(table -> table.insights().chart());
    }
}
