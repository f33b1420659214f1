package uk.childstats.forces;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.childstats.downloads.Column;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.Change;
import uk.childstats.figures.Measure;
import uk.childstats.web.Paths;

/** What a force page's table shows, as a download: one row per year, one column per measure, and the change. */
final class ForceDataset {
    private ForceDataset() {
    }

    static Dataset of(ForceTable page) {
        List<Column> columns = new ArrayList<>();
        columns.add(Column.text("year", "Financial year", "April to March, written 2016/17."));
        for (Measure m : page.columns()) {
            columns.add(m.isCount() ? Column.integer(m.code(), m.label(), m.definition())
                    : Column.decimal(m.code(), m.label(), m.definition()));
        }
        columns.add(Column.integer("total_change", "Change in total on previous year",
                "This year's published total minus the previous year's; empty unless both years have a total."));
        columns.add(Column.decimal("total_change_percent", "Change in total on previous year (%)",
                "The change as a percentage of the previous year's total, one decimal place, rounded half up."));
        columns.add(Column.yesNo("total_change_different_sources", "Years from different sources",
                "true when this year's and the previous year's totals were published by different sources."));
        List<List<Object>> rows = new ArrayList<>();
        for (ForceTable.YearRow row : page.rows()) {
            List<Object> values = new ArrayList<>();
            values.add(row.year().label());
            row.values().forEach(v -> values.add(v.value()));
            Change change = page.insights().years().stream().filter(y -> y.year().equals(row.year()))
                    .map(ForceInsights.YearInsight::change).filter(c -> c != null).findFirst().orElse(null);
            values.addAll(change == null ? Arrays.asList(null, null, null) : Arrays.asList(
                    change.yearOnYear().absolute(), change.yearOnYear().percent().orElse(null),
                    change.differentSources()));
            rows.add(values);
        }
        String slug = page.force().slug();
        return new Dataset(page.title(), "Child sexual offences recorded by " + page.force().name()
                + " by financial year, as the site's force page shows them; empty cells were not provided.",
                Dataset.fileName(slug), Paths.forceCsv(slug), Paths.forceApi(slug), columns, rows);
    }
}
