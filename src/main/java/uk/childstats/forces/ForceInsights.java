package uk.childstats.forces;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Describe;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.Area;
import uk.childstats.figures.Cell;
import uk.childstats.figures.Change;
import uk.childstats.figures.Evidence;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.OffenceInterval;
import uk.childstats.figures.Rank;
import uk.childstats.figures.Share;
import uk.childstats.web.Paths;

/** What a journalist needs beside a force's table: a chart, derived figures with working, and the downloads. */
public record ForceInsights(Area force, Chart chart, List<YearInsight> years) {

    /** The figures worked out for one year that has a published total; absent parts are null or empty. */
    public record YearInsight(FinancialYear year, Change change, Rank rank, OffenceInterval interval,
                              List<Share> shares) {
        public boolean hasChange() {
            return change != null;
        }

        public boolean hasRank() {
            return rank != null;
        }
    }

    static ForceInsights build(List<Area> areas, List<Measure> measures, Map<String, Map<FinancialYear, Long>> totals,
                               Area force, List<Cell> cells, List<FinancialYear> years) {
        Map<String, Cell> byKey = cells.stream().collect(Collectors.toMap(c -> key(c.year(), c.measureCode()), c -> c));
        Map<FinancialYear, Map<String, Long>> totalsByYear = forceTotalsByYear(areas, totals);
        List<YearInsight> insights = new ArrayList<>();
        for (FinancialYear year : years) {
            Cell total = byKey.get(key(year, Measure.TOTAL));
            if (total == null) {
                continue;
            }
            Rank rank = force.isForce() && force.territorial()
                    ? Rank.among(totalsByYear.getOrDefault(year, Map.of()), year).get(force.slug()) : null;
            List<Share> shares = measures.stream().map(m -> Optional.ofNullable(byKey.get(key(year, m.code())))
                            .flatMap(c -> Share.of(m, c.value(), totalFromSameSource(c, total))))
                    .flatMap(Optional::stream).toList();
            insights.add(new YearInsight(year, Change.between(byKey.get(key(year.previous(), Measure.TOTAL)), total),
                    rank, OffenceInterval.of(year, total.value()).orElse(null), shares));
        }
        insights.sort(Comparator.comparing(YearInsight::year).reversed());
        return new ForceInsights(force, chart(force, byKey, years), insights);
    }

    /**
     * The total published by the same source as the age band or online count, so that a share never divides a
     * figure from one release by a revised total from another; null (no share) when that source gave no total.
     */
    private static Long totalFromSameSource(Cell part, Cell total) {
        String source = part.chosen().source().url();
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(total.chosen()), total.others().stream())
                .filter(e -> e.source().url().equals(source) && e.articleYear().equals(part.chosen().articleYear()))
                .map(Evidence::value).findFirst().orElse(null);
    }

    /** The change note for the table beside the change, or "" when both years share a source. */
    public String sourceNoteFor(FinancialYear year) {
        return years.stream().filter(y -> y.year().equals(year) && y.hasChange()).findFirst()
                .map(y -> y.change().sourceNote()).orElse("");
    }

    public String csvHref() {
        return Paths.forceCsv(force.slug());
    }

    public String metadataHref() {
        return Paths.metadata(csvHref());
    }

    public String apiHref() {
        return Paths.forceApi(force.slug());
    }

    public String embedHref() {
        return Paths.forceEmbed(force.slug());
    }

    /** The iframe to paste, with a height the whole embed fits in (help line and source included). */
    public String embedCode(String absoluteEmbedUrl) {
        return "<iframe src=\"" + absoluteEmbedUrl + "\" title=\"" + chart().heading() + "\" width=\"100%\" height=\""
                + ForceCharts.EMBED_HEIGHT + "\" style=\"border:0;max-width:640px\"></iframe>";
    }

    public String compareHref() {
        return Paths.compare(List.of(force.slug()));
    }

    static Chart chart(Area force, Map<String, Cell> byKey, List<FinancialYear> tableYears) {
        List<FinancialYear> years = FinancialYear.continuous(tableYears);
        List<String> labels = years.stream().map(FinancialYear::label).toList();
        List<Long> values = years.stream().map(y -> byKey.get(key(y, Measure.TOTAL)))
                .map(c -> c == null ? null : c.value()).toList();
        return new Chart("chart-force-totals", Chart.Kind.LINE,
                "Child sexual offences recorded by " + force.name() + ", by year",
                Describe.trend("Offences recorded by " + force.name(), labels, values), "Year", "Offences recorded",
                labels, List.of(new Chart.Series(force.name(), values)), Paths.forceCsv(force.slug()),
                Dataset.FILE_PREFIX + force.slug() + ".png");
    }

    private static Map<FinancialYear, Map<String, Long>> forceTotalsByYear(List<Area> areas,
                                                                            Map<String, Map<FinancialYear, Long>> totals) {
        Map<FinancialYear, Map<String, Long>> byYear = new java.util.HashMap<>();
        areas.stream().filter(Area::isForce).filter(Area::territorial).forEach(area ->
                totals.getOrDefault(area.slug(), Map.of()).forEach((year, value) ->
                        byYear.computeIfAbsent(year, y -> new java.util.HashMap<>()).put(area.slug(), value)));
        return byYear;
    }

    private static String key(FinancialYear year, String measure) {
        return year.label() + "|" + measure;
    }
}
