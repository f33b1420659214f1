package uk.childstats.home;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Describe;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.Area;
import uk.childstats.figures.Cell;
import uk.childstats.figures.FinancialYear;
import uk.childstats.web.Paths;

/** The national totals by year as a line chart: the UK total and the England and Wales total as separate series. */
final class HomeChart {
    private HomeChart() {
    }

    static Chart of(List<HomePage.NationalRow> rows) {
        Map<FinancialYear, HomePage.NationalRow> byYear = rows.stream()
                .collect(Collectors.toMap(HomePage.NationalRow::year, Function.identity()));
        List<FinancialYear> years = FinancialYear.continuous(byYear.keySet());
        List<String> labels = years.stream().map(FinancialYear::label).toList();
        List<Long> uk = years.stream().map(y -> value(byYear.get(y), true)).toList();
        List<Long> ew = years.stream().map(y -> value(byYear.get(y), false)).toList();
        return new Chart("chart-national-totals", Chart.Kind.LINE, "National totals by year",
                Describe.trend("The UK total", labels, uk), "Year", "Offences recorded", labels,
                List.of(new Chart.Series("All UK forces", uk), new Chart.Series("All England and Wales forces", ew)),
                Paths.forceCsv(Area.UK_TOTAL), Dataset.FILE_PREFIX + "national-totals.png",
                years.stream().map(y -> byYear.containsKey(y) ? Paths.year(y) : null).toList());
    }

    private static Long value(HomePage.NationalRow row, boolean uk) {
        if (row == null) {
            return null;
        }
        Cell cell = uk ? row.uk() : row.englandAndWales();
        return cell == null ? null : cell.value();
    }
}
