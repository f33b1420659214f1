package uk.childstats.compare;

import io.javalin.http.Context;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import uk.childstats.downloads.Column;
import uk.childstats.downloads.CsvOutput;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.Rate;
import uk.childstats.web.Paths;

/**
 * The comparison as shown, as CSV: one row per force and year of the table, plain numbers, an empty cell where the
 * table says "not provided", "not available" or "not in this series", and that reason in the note column.
 */
final class ComparisonCsv {
    static final String FOI_SOURCE = "Freedom of Information responses: each figure's source is on the force's page "
            + "and in " + Paths.FIGURES_CSV;

    private ComparisonCsv() {
    }

    static void send(Context ctx, Comparison comparison, String csvPath) {
        Dataset dataset = dataset(comparison, csvPath);
        ctx.header("Content-Disposition", "attachment; filename=\"" + dataset.fileName() + "\"");
        ctx.contentType("text/csv; charset=utf-8; header=present").result(CsvOutput.write(dataset));
    }

    static Dataset dataset(Comparison comparison, String csvPath) {
        String name = "comparison-" + comparison.series().option().value() + "-" + comparison.measure().option().value() + "-"
                + comparison.forces().stream().map(f -> f.force().slug()).collect(Collectors.joining("-"));
        return new Dataset(ComparisonChart.heading(comparison), comparison.series().option().detail(),
                Dataset.fileName(name), csvPath, null, columns(comparison), rows(comparison));
    }

    private static List<Column> columns(Comparison comparison) {
        List<Column> columns = new ArrayList<>(List.of(
                Column.text("police_force", "Police force", "The force as the site names it."),
                Column.text("financial_year", "Financial year", "April to March, written 2016/17."),
                Column.text("series", "Series", "Which figures: never mixed in one comparison."),
                Column.integer("offences", "Offences recorded", "The count the site publishes; empty where none.")));
        if (comparison.showsRates()) {
            columns.add(Column.integer("children_aged_0_to_17", "Children aged 0 to 17",
                    "Mid-year estimate of the children living in the force area, the rate's denominator; empty where "
                            + "there is no estimate or no count to divide."));
            columns.add(Column.decimal("offences_per_1000_children", "Offences per 1,000 children",
                    "Offences ÷ children × 1,000, one decimal place; empty where not available."));
        }
        columns.add(Column.text("note", "Note", "Why a cell is empty: not provided, not available or not in this series."));
        columns.add(Column.text("source", "Source", "Where the figures come from."));
        return columns;
    }

    private static List<List<Object>> rows(Comparison comparison) {
        String source = comparison.release() == null ? FOI_SOURCE : comparison.release().sourceLine();
        List<List<Object>> rows = new ArrayList<>();
        for (ForceFigures force : comparison.forces()) {
            for (FinancialYear year : comparison.years()) {
                rows.add(row(comparison, force, year, source));
            }
        }
        return rows;
    }

    private static List<Object> row(Comparison comparison, ForceFigures force, FinancialYear year, String source) {
        List<Object> row = new ArrayList<>(Arrays.asList(force.force().name(), year.label(),
                comparison.series().option().label(), force.counts().get(year)));
        if (comparison.showsRates()) {
            Rate rate = force.rate(year);
            row.add(rate.children());
            row.add(rate.valueOrNull());
        }
        boolean shown = force.value(year, comparison.measure()) != null;
        row.add(shown ? null : force.missingText(comparison.measure()));
        row.add(source);
        return row;
    }
}
