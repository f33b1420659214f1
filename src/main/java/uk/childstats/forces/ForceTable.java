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
import uk.childstats.figures.FoiReference;
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

    /** The table of a force, given what the release shares of the FOI figures: one read of the force's figures. */
    static Optional<ForceTable> build(FoiReference reference, PublishedValues figures, String slug) {
        return reference.area(slug).map(force -> build(reference, force, figures.cellsOfArea(slug)));
    }

    /** The table of a force, given what the release shares and the force's published cells. */
    static ForceTable build(FoiReference reference, Area force, List<Cell> cells) {
        List<Measure> measures = reference.measures();
        Map<String, Cell> byKey = cells.stream().collect(Collectors.toMap(ForceTable::key, Function.identity()));
        List<Measure> columns = measures.stream()
                .filter(m -> m.code().equals(Measure.TOTAL) || cells.stream().anyMatch(c -> c.measureCode().equals(m.code())))
                .toList();
        List<YearRow> rows = new ArrayList<>();
        java.util.SortedSet<FinancialYear> years = new java.util.TreeSet<>(reference.yearsWithForceFigures());
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
        return new ForceTable(force, columns, rows, evidence, ForceInsights.build(reference.areas(), measures,
                reference.totals(), force, cells, rows.stream().map(YearRow::year).toList()));
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
