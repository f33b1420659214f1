package uk.childstats.data;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.childstats.data.OneValuePerCell.Candidate;
import uk.childstats.data.OneValuePerCell.CellKey;
import uk.childstats.data.OneValuePerCell.Correction;

/**
 * Reads and checks {@code foi_corrections.csv}, the figures a force corrected after a source published them. It is
 * read with the FOI figures file, and a correction never brings a number of its own: its value must be one that its
 * source published for that force, year and measure in the figures file. Every line is checked before anything is
 * written.
 */
final class FoiCorrectionsFile {
    static final String FILE_NAME = "foi_corrections.csv";
    static final List<String> COLUMNS = List.of("force", "year", "measure", "value", "source_url", "reason");
    private static final Pattern OUTLET_IN_BRACKETS = Pattern.compile("\\(([^()]+)\\)\\s*$");

    /** The corrections file's name and text, found beside the figures file or bundled with it. */
    record Text(String fileName, String text) {
    }

    /** What the figures file published: every figure as a candidate for its cell, and each source's outlet. */
    record Published(List<Candidate> candidates, Map<String, String> outletByUrl) {
        static Published of(List<FoiRow> rows, List<Candidate> candidates) {
            Map<String, String> outlets = new HashMap<>();
            rows.forEach(row -> outlets.putIfAbsent(row.source().url(), outlet(row.source().title())));
            return new Published(candidates, outlets);
        }

        boolean has(CellKey cell, String sourceUrl, long value) {
            return candidates.stream().anyMatch(c -> c.value() == value && c.sourceUrl().equals(sourceUrl)
                    && new CellKey(c.areaSlug(), c.year(), c.measure()).equals(cell));
        }

        /** The outlet the compiler added in brackets to each title ("... (The Lincolnite)"), else the title. */
        private static String outlet(String title) {
            Matcher bracketed = OUTLET_IN_BRACKETS.matcher(title);
            return bracketed.find() ? bracketed.group(1).trim() : title;
        }
    }

    private FoiCorrectionsFile() {
    }

    static boolean recognises(Set<String> columns) {
        return columns.containsAll(COLUMNS);
    }

    static List<Correction> read(Text file, FoiFile.Reference reference, Published published)
            throws IOException, ImportRejected {
        List<Correction> corrections = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.openWithColumns(file.fileName(), new StringReader(file.text()), COLUMNS)) {
            Map<CellKey, Integer> lineByCell = new LinkedHashMap<>();
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                List<String> reasons = new ArrayList<>();
                Optional<Correction> correction = check(record, reference, published, reasons)
                        .filter(c -> isFirstForItsCell(c, record.get("force"), lineByCell, reasons));
                reasons.forEach(reason -> problems.add("line " + line + ": " + reason));
                correction.ifPresent(corrections::add);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(file.fileName(), problems);
        }
        return corrections;
    }

    private static Optional<Correction> check(CSVRecord record, FoiFile.Reference reference, Published published,
                                              List<String> reasons) {
        return CellChecks.lineWithReason(record, COLUMNS.size(), reference,
                "every correction needs the words of the source that reported it", reasons)
                .flatMap(named -> publishedCorrection(record,
                        new CellKey(named.slug(), named.year().get().label(), named.measure()),
                        Long.parseLong(named.value()), published, reasons));
    }

    private static Optional<Correction> publishedCorrection(CSVRecord record, CellKey cell, long value,
                                                            Published published, List<String> reasons) {
        String url = record.get("source_url");
        if (!published.has(cell, url, value)) {
            reasons.add(value + " is not a figure that " + url + " published for " + record.get("force") + " "
                    + cell.year() + " " + cell.measure() + " in the figures file: a correction can only choose "
                    + "a value its source published");
            return Optional.empty();
        }
        int line = CsvFiles.lineOf(record);
        return Optional.of(new Correction(line, cell, value, url, published.outletByUrl().get(url)));
    }

    private static boolean isFirstForItsCell(Correction correction, String force, Map<CellKey, Integer> lineByCell,
                                             List<String> reasons) {
        Integer first = lineByCell.putIfAbsent(correction.cell(), correction.line());
        if (first != null) {
            reasons.add("a second correction for " + force + " " + correction.cell().year() + " "
                    + correction.cell().measure() + " (the first is on line " + first + ")");
        }
        return first == null;
    }
}
