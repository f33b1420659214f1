package uk.childstats.support;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The tests' own reading of the FOI figures: the cells a file gives a value for (force, year, measure), each with
 * the values its rows published, leaving out the rows the errata set aside. A "previous year reported" row speaks
 * for the year before and its base measure.
 */
public final class FoiCells {
    public static final Path FIGURES = Path.of("data", "nspcc_foi_figures.csv");
    public static final Path ERRATA = Path.of("data", "foi_errata.csv");
    private static final String PREVIOUS = "_previous_year_reported";

    private FoiCells() {
    }

    /** "force|year|measure" → the distinct values published for it. */
    public static Map<String, Set<Long>> of(String figuresCsv) {
        Set<String> setAside = new HashSet<>();
        for (CSVRecord e : records(read(ERRATA))) {
            setAside.add(String.join("|", e.get("force"), e.get("year"), e.get("measure"), e.get("value"),
                    e.get("source_url")));
        }
        Map<String, Set<Long>> cells = new TreeMap<>();
        for (CSVRecord r : records(figuresCsv)) {
            if (setAside.contains(String.join("|", r.get("force"), r.get("year"), r.get("measure"), r.get("value"),
                    r.get("source_url")))) {
                continue;
            }
            String measure = r.get("measure");
            String year = r.get("year");
            if (measure.endsWith(PREVIOUS)) {
                measure = measure.substring(0, measure.length() - PREVIOUS.length());
                int start = Integer.parseInt(year.substring(0, 4)) - 1;
                year = start + "/" + String.format("%02d", (start + 1) % 100);
            }
            cells.computeIfAbsent(r.get("force") + "|" + year + "|" + measure, k -> new TreeSet<>())
                    .add(Long.parseLong(r.get("value")));
        }
        return cells;
    }

    /** The newest publication date any row gives. */
    public static String latestPublished(String figuresCsv) {
        return records(figuresCsv).stream().map(r -> r.get("published")).filter(p -> !p.isBlank())
                .max(String::compareTo).orElseThrow();
    }

    public static String read(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<CSVRecord> records(String csv) {
        try {
            return CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).build()
                    .parse(new StringReader(csv)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
