package uk.childstats.forces;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.childstats.figures.Area;
import uk.childstats.figures.Cell;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.figures.YearOnYear;
import uk.childstats.web.Paths;

/** One force's FOI figures: every year and measure, the change on the previous year, the sources behind each. */
public record ForceTable(Area force, List<Measure> columns, List<YearRow> rows, List<CellEvidence> evidence,
                        ForceInsights insights) {

    /** One year of the table: a value or "not provided" per column, and the change in the total. */
    public record YearRow(FinancialYear year, List<Value> values, YearOnYear change) {
        public String yearHref() {
            return Paths.year(year);
        }

        public boolean hasChange() {
            return change != null;
        }
    }

    /** A table cell; value is null when not provided. */
    public record Value(Long value, String anchor) {
        public String text() {
            return Format.number(value);
        }

        public boolean provided() {
            return value != null;
        }
    }

    /** The sources behind one published value, for the list under the table. */
    public record CellEvidence(String anchor, String yearLabel, String measureLabel, Cell cell) {
        public String valueText() {
            return Format.number(cell.value());
        }
    }

    public String title() {
        if (rows.isEmpty()) {
            return force.name() + ": child sexual offences recorded";
        }
        return force.name() + ": child sexual offences recorded, " + rows.get(0).year().label() + " to "
                + rows.get(rows.size() - 1).year().label();
    }

    public boolean hasFigures() {
        return !evidence.isEmpty();
    }

    /** The table of a force, given every area's published totals (read once per page). */
    static Optional<ForceTable> build(PublishedValues figures, String slug,
                                      Map<String, Map<FinancialYear, Long>> totals) {
        List<Area> areas = figures.areas();
        Optional<Area> area = areas.stream().filter(a -> a.slug().equals(slug)).findFirst();
        return area.map(force -> build(figures, areas, force, totals));
    }

    private static ForceTable build(PublishedValues figures, List<Area> areas, Area force,
                                    Map<String, Map<FinancialYear, Long>> totals) {
        List<Measure> measures = figures.measures();
        List<Cell> cells = figures.cellsOfArea(force.slug());
        Map<String, Cell> byKey = cells.stream().collect(Collectors.toMap(ForceTable::key, Function.identity()));
        List<Measure> columns = measures.stream()
                .filter(m -> m.code().equals(Measure.TOTAL) || cells.stream().anyMatch(c -> c.measureCode().equals(m.code())))
                .toList();
        List<YearRow> rows = new ArrayList<>();
        java.util.SortedSet<FinancialYear> years = new java.util.TreeSet<>(figures.yearsWithForceFigures());
        cells.forEach(c -> years.add(c.year()));
        for (FinancialYear year : years) {
            List<Value> values = columns.stream().map(m -> {
                Cell cell = byKey.get(year.label() + "|" + m.code());
                return cell == null ? new Value(null, null) : new Value(cell.value(), anchor(cell));
            }).toList();
            rows.add(new YearRow(year, values, change(byKey, year)));
        }
        Map<String, String> labels = columns.stream().collect(Collectors.toMap(Measure::code, Measure::label));
        List<CellEvidence> evidence = cells.stream()
                .map(c -> new CellEvidence(anchor(c), c.year().label(), labels.get(c.measureCode()), c)).toList();
        return new ForceTable(force, columns, rows, evidence,
                ForceInsights.build(areas, measures, totals, force, cells, rows.stream().map(YearRow::year).toList()));
    }

    private static YearOnYear change(Map<String, Cell> byKey, FinancialYear year) {
        Cell now = byKey.get(year.label() + "|" + Measure.TOTAL);
        Cell before = byKey.get(year.previous().label() + "|" + Measure.TOTAL);
        return now == null || before == null ? null : new YearOnYear(before.value(), now.value());
    }

    private static String key(Cell cell) {
        return cell.year().label() + "|" + cell.measureCode();
    }

    private static String anchor(Cell cell) {
        return "source-" + cell.year().slug() + "-" + cell.measureCode().replace('_', '-');
    }
}
