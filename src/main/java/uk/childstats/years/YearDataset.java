package uk.childstats.years;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.childstats.downloads.Column;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.Area;
import uk.childstats.figures.Change;
import uk.childstats.web.Paths;

/** What a year page's table shows, as a download: every force ranked, then the forces with no published total. */
final class YearDataset {
    static final List<Column> COLUMNS = List.of(
            Column.integer("rank", "Rank", "Rank among the forces that provided a total this year, highest first; equal totals share a rank. Empty when not provided."),
            Column.yesNo("joint_rank", "Joint rank", "true when another force has the same total."),
            Column.text("force_slug", "Force address name", "The force's name as used in this site's addresses."),
            Column.text("force", "Force", "The police force's official name."),
            Column.text("nation", "Nation", "England, Wales, Scotland or Northern Ireland."),
            Column.integer("total_offences", "Child sexual offences recorded", "The force's published total for the year; empty when not provided."),
            Column.integer("total_change", "Change on previous year", "This year's total minus the previous year's; empty unless both were published."),
            Column.decimal("total_change_percent", "Change on previous year (%)", "The change as a percentage of the previous year's total, one decimal place."),
            Column.yesNo("total_change_different_sources", "Years from different sources", "true when the two years' totals were published by different sources."),
            Column.text("source_url", "Source address", "The page the total was read from."),
            Column.text("source_title", "Source headline", "The page's headline, or a title built from its address."));

    private YearDataset() {
    }

    static Dataset of(YearTable page) {
        List<List<Object>> rows = new ArrayList<>();
        for (YearTable.RankedForce r : page.ranked()) {
            Change change = page.insights().changeOf(r.area().slug());
            List<Object> row = new ArrayList<>(Arrays.asList((long) r.rank(), r.joint(), r.area().slug(),
                    r.area().name(), r.area().nation(), r.cell().value()));
            row.addAll(change == null ? Arrays.asList(null, null, null) : Arrays.asList(change.yearOnYear().absolute(),
                    change.yearOnYear().percent().orElse(null), change.differentSources()));
            row.addAll(Arrays.asList(r.cell().chosen().source().url(), r.cell().chosen().source().title()));
            rows.add(row);
        }
        for (Area a : page.notProvided()) {
            rows.add(Arrays.asList(null, null, a.slug(), a.name(), a.nation(), null, null, null, null, null, null));
        }
        return new Dataset(page.title(), "Every territorial force's published total for " + page.year().label()
                + ", ranked among the forces that provided one; empty cells were not provided.",
                Dataset.fileName(page.year().slug()), Paths.yearCsv(page.year()), Paths.yearApi(page.year()),
                COLUMNS, rows);
    }
}
