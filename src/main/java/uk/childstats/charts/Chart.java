package uk.childstats.charts;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childstats.figures.Format;
import uk.childstats.web.Json;

/**
 * A chart as a figure: heading, one-sentence description, the data as a table (so it reads without JavaScript),
 * and download links. The data reaches the drawing script as JSON in a script element of type application/json.
 */
public record Chart(String id, Kind kind, String heading, String description, String categoryTitle,
                    String valueTitle, List<String> categories, List<Series> series, String csvHref,
                    String pngFileName, List<String> categoryHrefs) {

    /** A chart whose categories link nowhere. */
    public Chart(String id, Kind kind, String heading, String description, String categoryTitle, String valueTitle,
                 List<String> categories, List<Series> series, String csvHref, String pngFileName) {
        this(id, kind, heading, description, categoryTitle, valueTitle, categories, series, csvHref, pngFileName,
                java.util.Collections.nCopies(categories.size(), null));
    }

    /** Line: years along; horizontal bar: one bar per area; stacked bar: years along, parts of a total stacked. */
    public enum Kind {
        LINE("line"), HORIZONTAL_BAR("horizontalBar"), STACKED_BAR("stackedBar");

        private final String scriptName;

        Kind(String scriptName) {
            this.scriptName = scriptName;
        }

        /** The name public/js/charts.js and the figure's CSS class know the kind by. */
        public String scriptName() {
            return scriptName;
        }
    }

    /**
     * One line or set of bars: counts (Long) or rates (BigDecimal, one decimal place). A null value is drawn as a
     * gap, never as 0, and its table cell says why: missingText, "not provided" unless told otherwise.
     */
    public record Series(String name, List<? extends Number> values, String missingText) {
        public Series(String name, List<? extends Number> values) {
            this(name, values, Format.NOT_PROVIDED);
        }
    }

    /** A row of the figure's table: the category (a link where it has a page of its own) and one text per series. */
    public record TableRow(String category, String href, List<Cell> cells) {
    }

    public record Cell(String text, boolean provided) {
    }

    public String dataId() {
        return id + "-data";
    }

    public List<String> seriesNames() {
        return series.stream().map(Series::name).toList();
    }

    public List<TableRow> tableRows() {
        List<TableRow> rows = new ArrayList<>();
        for (int i = 0; i < categories.size(); i++) {
            final int index = i;
            rows.add(new TableRow(categories.get(i), categoryHrefs.get(i), series.stream().map(s -> cell(s, s.values().get(index)))
                    .toList()));
        }
        return rows;
    }

    private static Cell cell(Series series, Number value) {
        if (value == null) {
            return new Cell(series.missingText(), false);
        }
        return new Cell(Format.value(value), true);
    }

    /** How the series are told apart, in words, when there is more than one. */
    public String legendNote() {
        if (series.size() < 2 || kind != Kind.LINE) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            parts.add(series.get(i).name() + ": " + Palette.SHAPE_NAMES.get(i % Palette.size()));
        }
        return "Points on the lines are marked by shape: " + String.join("; ", parts) + ".";
    }

    public String json() {
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("kind", kind.scriptName());
        data.put("categories", categories);
        data.put("valueTitle", valueTitle);
        data.put("categoryTitle", categoryTitle);
        data.put("pngFileName", pngFileName);
        List<Map<String, Object>> list = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("name", series.get(i).name());
            s.put("values", series.get(i).values());
            s.put("colour", Palette.COLOURS.get(i % Palette.size()));
            s.put("pointStyle", Palette.POINT_STYLES.get(i % Palette.size()));
            s.put("dash", Palette.DASHES.get(i % Palette.size()));
            list.add(s);
        }
        data.put("series", list);
        return Json.forScriptElement(data);
    }
}
