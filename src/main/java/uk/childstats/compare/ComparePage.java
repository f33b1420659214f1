package uk.childstats.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Describe;
import uk.childstats.charts.Palette;
import uk.childstats.downloads.Dataset;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.web.Paths;

/** Up to six forces side by side, every year, as a table and a chart; the picker is a plain GET form. */
public record ComparePage(List<Area> chosen, List<String> messages, List<Option> options, Chart chart) {
    public static final int MAX_FORCES = Palette.COLOURS.size();
    private static final int LONGEST_ECHO = 60;

    /** A checkbox of the picker. */
    public record Option(String slug, String name, String nation, boolean checked) {
        public String id() {
            return "force-" + slug;
        }
    }

    public String title() {
        return chosen.isEmpty() ? "Compare police forces"
                : "Compare " + String.join(", ", chosen.stream().map(Area::name).toList());
    }

    public boolean hasChart() {
        return chart != null;
    }

    public String shareHref() {
        return Paths.compare(chosen.stream().map(Area::slug).toList());
    }

    public int maxForces() {
        return MAX_FORCES;
    }

    static ComparePage build(PublishedValues figures, List<String> requested) {
        List<Area> forces = figures.areas().stream().filter(Area::isForce).filter(Area::territorial).toList();
        Map<String, Area> bySlug = forces.stream().collect(Collectors.toMap(Area::slug, a -> a));
        List<String> messages = new ArrayList<>();
        Set<Area> known = new LinkedHashSet<>();
        for (String slug : new LinkedHashSet<>(requested)) {
            Area area = bySlug.get(slug);
            if (area == null) {
                messages.add("There is no police force called “" + echo(slug) + "”, so it is left out.");
            } else {
                known.add(area);
            }
        }
        List<Area> chosen = known.stream().limit(MAX_FORCES).toList();
        if (known.size() > MAX_FORCES) {
            messages.add("You chose " + known.size() + " forces. Up to " + MAX_FORCES + " can be compared at once, "
                    + "so only the first " + MAX_FORCES + " are shown: untick some to choose others.");
        }
        List<Option> options = forces.stream().map(a -> new Option(a.slug(), a.name(), a.nation(),
                chosen.contains(a))).toList();
        return new ComparePage(chosen, messages, options, chart(figures, chosen));
    }

    private static Chart chart(PublishedValues figures, List<Area> chosen) {
        if (chosen.isEmpty()) {
            return null;
        }
        Map<String, Map<FinancialYear, Long>> totals = figures.valuesOf(Measure.TOTAL);
        TreeSet<FinancialYear> provided = new TreeSet<>();
        chosen.forEach(a -> provided.addAll(totals.getOrDefault(a.slug(), Map.of()).keySet()));
        List<FinancialYear> years = FinancialYear.continuous(provided);
        List<String> labels = years.stream().map(FinancialYear::label).toList();
        List<Chart.Series> series = new ArrayList<>();
        List<String> clauses = new ArrayList<>();
        for (Area area : chosen) {
            Map<FinancialYear, Long> values = totals.getOrDefault(area.slug(), Map.of());
            List<Long> row = years.stream().map(values::get).toList();
            series.add(new Chart.Series(area.name(), row));
            String subject = (clauses.isEmpty() ? "Offences" : "offences") + " recorded by " + area.name();
            String sentence = Describe.trend(subject, labels, row);
            clauses.add(sentence.substring(0, sentence.length() - 1));
        }
        return new Chart("chart-compare", Chart.Kind.LINE, "Child sexual offences recorded, by force and year",
                String.join("; ", clauses) + ".", "Year", "Offences recorded", labels, series, null,
                Dataset.FILE_PREFIX + "comparison.png");
    }

    private static String echo(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "");
        return printable.length() > LONGEST_ECHO ? printable.substring(0, LONGEST_ECHO) + "…" : printable;
    }
}
