package uk.childstats.data;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.childstats.figures.FinancialYear;

/**
 * Reads {@code foi_errata.csv}: rows of the figures file that the outlet printed wrongly. An erratum brings no value
 * of its own; it must match exactly one line of the figures file on force, year, measure, value and source, and
 * gives the reason that line is set aside.
 */
final class FoiErrataFile {
    static final String FILE_NAME = "foi_errata.csv";
    static final List<String> COLUMNS = List.of("force", "year", "measure", "value", "source_url", "reason");

    private FoiErrataFile() {
    }

    /** The figures file's line number → why that line is set aside. */
    static Map<Integer, String> read(FoiCorrectionsFile.Text file, FoiFile.Reference reference, List<FoiRow> rows)
            throws IOException, ImportRejected {
        Map<Integer, String> reasonByLine = new HashMap<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(new StringReader(file.text()))) {
            List<String> missing = CsvFiles.missingColumns(parser, COLUMNS);
            if (!missing.isEmpty()) {
                throw new ImportRejected(file.fileName(), List.of("line 1: missing column(s) "
                        + String.join(", ", missing)));
            }
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                List<String> reasons = new ArrayList<>();
                match(record, reference, rows, reasons).ifPresent(matched -> {
                    if (reasonByLine.putIfAbsent(matched, record.get("reason").trim()) != null) {
                        reasons.add("sets aside line " + matched + " of the figures file a second time");
                    }
                });
                reasons.forEach(reason -> problems.add("line " + line + ": " + reason));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(file.fileName(), problems);
        }
        return reasonByLine;
    }

    private static Optional<Integer> match(CSVRecord record, FoiFile.Reference reference, List<FoiRow> rows,
                                           List<String> reasons) {
        if (!CellChecks.columnCount(record.size(), COLUMNS.size(), reasons)) {
            return Optional.empty();
        }
        String force = record.get("force");
        String slug = CellChecks.area(force, reference.slugByName(), reasons);
        Optional<FinancialYear> year = CellChecks.year(record.get("year"), reasons);
        String measure = record.get("measure");
        CellChecks.measure(measure, reference.measures(), reasons);
        CellChecks.count(record.get("value"), reasons);
        if (record.get("reason").isBlank()) {
            reasons.add("reason is empty: every erratum needs the evidence that the row is wrong");
        }
        if (!reasons.isEmpty()) {
            return Optional.empty();
        }
        long value = Long.parseLong(record.get("value"));
        String url = record.get("source_url");
        List<FoiRow> matching = rows.stream().filter(r -> r.areaSlug().equals(slug) && r.year().equals(year.get())
                && r.measureCode().equals(measure) && r.value() == value && r.source().url().equals(url)).toList();
        if (matching.size() != 1) {
            reasons.add("matches " + matching.size() + " lines of the figures file for " + force + " "
                    + year.get().label() + " " + measure + " " + value + " from " + url + "; an erratum must match "
                    + "exactly one");
            return Optional.empty();
        }
        return Optional.of(matching.get(0).line());
    }

    static boolean recognises(Set<String> columns) {
        return columns.containsAll(COLUMNS);
    }
}
