package uk.childstats.map;

import java.util.List;
import uk.childstats.web.Layout;
import uk.childstats.web.Page;

/**
 * Everything a map shows, gathered once: the drawing, its legend, the same figures as a table, Scotland and Northern
 * Ireland beside it, the choices of measure and year, and its source.
 */
public record ForceMap(String heading, MapMeasure measure, String yearLabel, String svg, List<LegendEntry> legend,
                       List<MapRow> rows, List<OutsideBox> outside, List<Choice> measures, List<Choice> years,
                       String source, String svgHref, String pageHref, String embedHref) implements Page {

    @Override
    public String title() {
        return "Map of police force areas";
    }

    /** The tab says what the map shows, since the same map may be any measure and year. */
    @Override
    public String documentTitle() {
        return title() + ": " + heading + " – " + Layout.SITE_NAME;
    }

    /** A class in the legend: its colour and the range of values it holds. */
    public record LegendEntry(String colour, String range) {
    }

    /** Scotland or Northern Ireland: no outline in the data, so a box with its figure and why it is a box. */
    public record OutsideBox(String name, String href, String figure) {
    }

    /** A measure or year the reader may switch to, and whether it is the one shown. */
    public record Choice(String value, String label, boolean chosen) {
    }

    public boolean anyFewChildren() {
        return rows.stream().anyMatch(MapRow::fewChildren);
    }

    public boolean anyWithoutFigure() {
        return rows.stream().anyMatch(r -> !r.hasValue());
    }
}
