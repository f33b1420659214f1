package uk.childstats.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVRecord;

/**
 * The tests' own reading of the FOI files in data/, written from data/README.md and the README's one-value rule,
 * sharing no code with the site: the value each cell should show, the forces, the years. An independent oracle.
 */
public final class FoiFiles {
    public static final Path FIGURES = Path.of("data", "nspcc_foi_figures.csv");
    public static final Path ERRATA = Path.of("data", "foi_errata.csv");
    public static final Path CORRECTIONS = Path.of("data", "foi_corrections.csv");
    public static final Path COUNCILS = Path.of("data", "local_authority_to_police_force.csv");

    /**
     * One line of the figures file, under the cell it speaks for: a "previous year reported" figure in an article
     * about 2016/17 is a candidate for the 2015/16 value of its base measure (data/README.md).
     */
    public record Row(int line, String nation, String area, String year, String measure, long value, String url,
                      String title, String published, String quote) {
        boolean seed() {
            return url.startsWith("seed:");
        }
    }

    /** The value a cell shows and the row it is shown from. */
    public record Chosen(long value, Row row) {
    }

    private static final String PREVIOUS = "_previous_year_reported";
    private static List<Row> rows;
    private static Map<String, String> forces;
    private static Map<String, Chosen> chosen;

    private FoiFiles() {
    }

    /** Lower case, every run of other characters a hyphen: "Dyfed-Powys Police" is dyfed-powys-police. */
    public static String slug(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
    }

    private static String key(String area, String year, String measure) {
        return area + "|" + year + "|" + measure;
    }

    /** Every line of the figures file but the five set aside as errata. */
    public static synchronized List<Row> rows() {
        if (rows == null) {
            Set<String> errata = new HashSet<>();
            HomeOfficeCsv.records(ERRATA).forEach(e -> errata.add(key(e.get("force"), e.get("year"), e.get("measure"))
                    + "|" + e.get("value") + "|" + e.get("source_url")));
            List<Row> read = new ArrayList<>();
            for (CSVRecord r : HomeOfficeCsv.records(FIGURES)) {
                String id = key(r.get("force"), r.get("year"), r.get("measure")) + "|" + r.get("value") + "|"
                        + r.get("source_url");
                if (!errata.contains(id)) {
                    boolean previous = r.get("measure").endsWith(PREVIOUS);
                    read.add(new Row((int) r.getRecordNumber(), r.get("nation"), r.get("force"),
                            previous ? yearBefore(r.get("year")) : r.get("year"),
                            previous ? r.get("measure").replace(PREVIOUS, "") : r.get("measure"), Long.parseLong(r.get("value")), r.get("source_url"),
                            r.get("source_title"), r.get("published").isEmpty() ? null : r.get("published"),
                            r.get("quote")));
                }
            }
            rows = List.copyOf(read);
        }
        return rows;
    }

    /** The chosen value of every cell: "area|year|measure" to what the site must show. */
    public static synchronized Map<String, Chosen> chosen() {
        if (chosen == null) {
            Map<String, CSVRecord> corrections = new TreeMap<>();
            HomeOfficeCsv.records(CORRECTIONS).forEach(c -> corrections.put(
                    key(c.get("force"), c.get("year"), c.get("measure")), c));
            Map<String, List<Row>> cells = new LinkedHashMap<>();
            rows().forEach(r -> cells.computeIfAbsent(key(r.area(), r.year(), r.measure()), k -> new ArrayList<>())
                    .add(r));
            Map<String, Chosen> result = new TreeMap<>();
            cells.forEach((cell, candidates) -> result.put(cell, choose(candidates, corrections.get(cell))));
            chosen = result;
        }
        return chosen;
    }

    private static Chosen choose(List<Row> candidates, CSVRecord correction) {
        if (correction != null) {
            long value = Long.parseLong(correction.get("value"));
            Row row = candidates.stream().filter(r -> r.value() == value && r.url().equals(correction.get("source_url")))
                    .findFirst().orElseThrow();
            return new Chosen(value, row);
        }
        Map<Long, List<Row>> byValue = new LinkedHashMap<>();
        candidates.forEach(r -> byValue.computeIfAbsent(r.value(), v -> new ArrayList<>()).add(r));
        List<Row> best = null;
        for (List<Row> group : byValue.values()) {
            if (best == null || beats(group, best)) {
                best = group;
            }
        }
        Row shown = best.stream().sorted(Comparator.comparing((Row r) -> r.published() == null ? "" : r.published())
                .reversed().thenComparing(r -> !r.seed()).thenComparing(Row::line)).findFirst().orElseThrow();
        return new Chosen(best.get(0).value(), shown);
    }

    /** The README's order: latest dated publication, then more separate sources, then a seed, then first line. */
    private static boolean beats(List<Row> a, List<Row> b) {
        String dateA = latest(a);
        String dateB = latest(b);
        if (!dateA.equals(dateB)) {
            return dateA.compareTo(dateB) > 0;
        }
        if (sources(a) != sources(b)) {
            return sources(a) > sources(b);
        }
        boolean seedA = a.stream().anyMatch(Row::seed);
        boolean seedB = b.stream().anyMatch(Row::seed);
        if (seedA != seedB) {
            return seedA;
        }
        return a.get(0).line() < b.get(0).line();
    }

    private static String latest(List<Row> group) {
        return group.stream().map(Row::published).filter(p -> p != null).max(String::compareTo).orElse("");
    }

    /** Sister papers printing the same sentence, or lines from one page, count once. */
    private static int sources(List<Row> group) {
        Set<String> pages = new HashSet<>();
        Set<String> sentences = new HashSet<>();
        int count = 0;
        for (Row r : group) {
            String sentence = r.quote().trim().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
            if (!pages.contains(r.url()) && !sentences.contains(sentence)) {
                count++;
            }
            pages.add(r.url());
            sentences.add(sentence);
        }
        return count;
    }

    public static Optional<Chosen> value(String area, String year, String measure) {
        return Optional.ofNullable(chosen().get(key(area, year, measure)));
    }

    public static Optional<Long> total(String area, String year) {
        return value(area, year, "total_offences").map(Chosen::value);
    }

    /** The 45 territorial forces, force name to nation, from the council lookup. */
    public static synchronized Map<String, String> territorialForces() {
        if (forces == null) {
            Map<String, String> read = new TreeMap<>();
            HomeOfficeCsv.records(COUNCILS).forEach(r -> read.put(r.get("police_force"), r.get("nation")));
            forces = java.util.Collections.unmodifiableMap(read);
        }
        return forces;
    }

    /** The year before "2016/17": "2015/16". */
    public static String yearBefore(String year) {
        int start = Integer.parseInt(year.substring(0, 4)) - 1;
        return start + "/" + String.format("%02d", (start + 1) % 100);
    }

    /** Every year any row is for, oldest first. */
    public static Set<String> years() {
        Set<String> years = new TreeSet<>();
        rows().forEach(r -> years.add(r.year()));
        return years;
    }

    /** The latest year with a total for an area, and that total. */
    public static Optional<Map.Entry<String, Long>> latestTotal(String area) {
        return years().stream().sorted(Comparator.reverseOrder()).flatMap(y -> total(area, y).stream()
                .map(t -> Map.entry(y, t))).findFirst();
    }

    /** Standard competition ranks (1, 2, 2, 4), highest first, of the forces that have a value; others absent. */
    public static Map<String, Integer> ranks(Map<String, Long> values) {
        Map<String, Integer> ranks = new TreeMap<>();
        values.forEach((force, v) -> ranks.put(force,
                1 + (int) values.values().stream().filter(other -> other > v).count()));
        return ranks;
    }

    /** Every territorial force's total for a year, where one was published: never 0 for a missing one. */
    public static Map<String, Long> forceTotals(String year) {
        Map<String, Long> totals = new TreeMap<>();
        territorialForces().keySet().forEach(f -> total(f, year).ifPresent(t -> totals.put(f, t)));
        return totals;
    }

    /** Per cent change to one decimal place, half up, worked out by hand in whole numbers: 27.1 for 332 to 422. */
    public static String percentChange(long from, long to) {
        long tenths = Math.abs(to - from) * 1000;
        long rounded = (tenths * 2 + from) / (2 * from);
        String text = (rounded / 10) + "." + (rounded % 10);
        return to < from && rounded != 0 ? "-" + text : text;
    }
}
