package uk.childstats.official;

import java.util.List;
import java.util.Map;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;

/**
 * A force's FOI total and its official total, side by side for the years where both exist. Two columns that are
 * never added together or divided one by the other: they count different things.
 */
public record BothSeries(String forceName, List<Row> rows) {

    public record Row(FinancialYear year, long foiTotal, long officialTotal) {
        public String foiText() {
            return Format.number(foiTotal);
        }

        public String officialText() {
            return Format.number(officialTotal);
        }
    }

    /** Beside a territorial force's official table, its FOI totals; null when the series shows no table. */
    public static BothSeries beside(OfficialForceSection section, Map<FinancialYear, Long> foiTotals) {
        return section.showsTable() && section.force().territorial()
                ? of(section.force().name(), foiTotals, section.table()) : null;
    }

    static BothSeries of(String forceName, Map<FinancialYear, Long> foiTotals, SeriesTable official) {
        List<Row> rows = official.rows().stream().filter(r -> foiTotals.containsKey(r.year()))
                .map(r -> new Row(r.year(), foiTotals.get(r.year()), r.total())).toList();
        return new BothSeries(forceName, rows);
    }

    public boolean isEmpty() {
        return rows.isEmpty();
    }
}
