package uk.childstats.years;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Describe;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.Cell;
import uk.childstats.figures.Change;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.OffenceInterval;
import uk.childstats.web.Paths;

/** Beside a year's tables: each total's change on the previous year, the UK "one offence every", a chart, downloads. */
public record YearInsights(FinancialYear year, Map<String, Change> changes, List<AggregateInsight> aggregates,
                           Chart chart) {

    /** An aggregate total (All UK forces ...) with how often an offence was recorded and its change. */
    public record AggregateInsight(String name, OffenceInterval interval, Change change) {
    }

    /** Given the previous year's total of each area, by slug. */
    static YearInsights build(Map<String, Cell> before, FinancialYear year, List<YearTable.AreaTotal> aggregates,
                              List<YearTable.RankedForce> ranked) {
        Map<String, Change> changes = new java.util.HashMap<>();
        ranked.forEach(r -> Optional.ofNullable(Change.between(before.get(r.area().slug()), r.cell()))
                .ifPresent(c -> changes.put(r.area().slug(), c)));
        List<AggregateInsight> totals = aggregates.stream().map(a -> new AggregateInsight(a.area().name(),
                OffenceInterval.of(year, a.cell().value()).orElse(null),
                Change.between(before.get(a.area().slug()), a.cell()))).toList();
        return new YearInsights(year, changes, totals, chart(year, ranked));
    }

    public Change changeOf(String forceSlug) {
        return changes.get(forceSlug);
    }

    public String csvHref() {
        return Paths.yearCsv(year);
    }

    public String metadataHref() {
        return Paths.metadata(csvHref());
    }

    public String apiHref() {
        return Paths.yearApi(year);
    }

    private static Chart chart(FinancialYear year, List<YearTable.RankedForce> ranked) {
        List<String> names = ranked.stream().map(r -> r.area().name()).toList();
        List<Long> values = ranked.stream().map(r -> r.cell().value()).toList();
        return new Chart("chart-year-forces", Chart.Kind.HORIZONTAL_BAR,
                "Child sexual offences recorded by each force that provided figures, " + year.label(),
                Describe.ranking(year.label(), names, values), "Force", "Offences recorded", names,
                List.of(new Chart.Series("Offences recorded", values)), Paths.yearCsv(year),
                Dataset.FILE_PREFIX + year.slug() + ".png");
    }
}
