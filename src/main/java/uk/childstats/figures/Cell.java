package uk.childstats.figures;

import java.util.List;

/**
 * The one value the site shows for an area, year and measure, the figure it was taken from, why, and every other
 * figure published for the same cell.
 */
public record Cell(String areaSlug, FinancialYear year, String measureCode, long value, Evidence chosen,
                   String reason, List<Evidence> others) {

    /** Other figures published for this cell with a different value. */
    public List<Evidence> conflicting() {
        return others.stream().filter(e -> e.value() != value).toList();
    }

    /** Other sources that published the same value. */
    public List<Evidence> corroborating() {
        return others.stream().filter(e -> e.value() == value).toList();
    }

    public boolean hasConflict() {
        return others.stream().anyMatch(e -> e.value() != value);
    }
}
