package uk.childstats.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.figures.YearOnYear;
import uk.childstats.rates.Rate;
import uk.childstats.rates.RateNotes;
import uk.childstats.web.Paths;

/**
 * The official series for one area as a table: a row per year with the readable offence groups, the total, the
 * change on the previous year and the rate per 1,000 children; and the same years by Home Office code.
 */
public record SeriesTable(List<String> groupLabels, List<Row> rows, List<FinancialYear> years,
                          List<CodeRow> codeRows, List<String> groupSlugs) {

    /** A year's total the newest release revised: what the release before it said. */
    public record Revision(String releaseName, long was) {
        /** "revised in the release of 23 April 2026; was 1,190". */
        public String note() {
            return "revised in the " + releaseName + "; was " + Format.number(was);
        }
    }

    public record Row(FinancialYear year, List<Long> groups, long total, YearOnYear change, Rate rate,
                      Revision revision) {
        public boolean revised() {
            return revision != null;
        }

        /** "revised in the release of 23 April 2026; was 1,190". */
        public String revisedNote() {
            return revision == null ? "" : revision.note();
        }

        public String href() {
            return Paths.officialYear(year);
        }

        public List<String> groupTexts() {
            return groups.stream().map(Format::number).toList();
        }

        public String totalText() {
            return Format.number(total);
        }

        public boolean hasChange() {
            return change != null;
        }
    }

    public record CodeRow(String code, String description, List<String> counts) {
    }

    static SeriesTable build(OffenceGroups groups, Map<FinancialYear, Map<String, Long>> counts,
                             Map<FinancialYear, Long> children) {
        return build(groups, counts, children, Map.of());
    }

    static SeriesTable build(OffenceGroups groups, Map<FinancialYear, Map<String, Long>> counts,
                             Map<FinancialYear, Long> children, Map<FinancialYear, Revision> revisions) {
        List<Row> rows = new ArrayList<>();
        counts.forEach((year, byCode) -> {
            long total = OffenceGroups.total(byCode);
            Map<String, Long> before = counts.get(year.previous());
            YearOnYear change = before == null ? null : new YearOnYear(OffenceGroups.total(before), total);
            rows.add(new Row(year, groups.byGroup(byCode), total, change, new Rate(total, children.get(year)),
                    revisions.get(year)));
        });
        List<FinancialYear> years = List.copyOf(counts.keySet());
        List<CodeRow> codeRows = groups.codes().stream().map(code -> new CodeRow(code.code(), code.description(),
                years.stream().map(y -> Format.number(counts.get(y).getOrDefault(code.code(), 0L))).toList()))
                .toList();
        return new SeriesTable(groups.labels(), rows, years, codeRows,
                groups.groups().stream().map(OffenceGroups.Group::slug).toList());
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }

    public RateNotes rateNotes() {
        List<Row> withRates = rows.stream().filter(r -> r.rate().available()).toList();
        return RateNotes.of(withRates.stream().map(Row::year).toList(), withRates.stream().map(Row::rate).toList());
    }

    /** The years as stacked bars of a few offence bands, drawn like every other chart on the site. */
    public uk.childstats.charts.Chart chart(String id, String heading, String fileStem) {
        return OfficialChart.of(this, id, heading, fileStem);
    }

    public List<String> yearLabels() {
        return years.stream().map(FinancialYear::label).toList();
    }
}
