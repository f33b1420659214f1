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
        try (CSVParser parser = CsvFiles.openWithColumns(file.fileName(), new StringReader(file.text()), COLUMNS)) {
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
        return CellChecks.lineWithReason(record, COLUMNS.size(), reference,
                "every erratum needs the evidence that the row is wrong", reasons)
                .flatMap(named -> theOneLineNamed(named, record, rows, reasons));
    }

    /** The line of the figures file that an erratum names, which must be exactly one. */
    private static Optional<Integer> theOneLineNamed(CellChecks.NamedCell named, CSVRecord record, List<FoiRow> rows,
                                                     List<String> reasons) {
        long value = Long.parseLong(named.value());
        String url = record.get("source_url");
        FinancialYear year = named.year().get();
        List<FoiRow> matching = rows.stream().filter(r -> r.areaSlug().equals(named.slug()) && r.year().equals(year)
                && r.measureCode().equals(named.measure()) && r.value() == value && r.source().url().equals(url))
                .toList();
        if (matching.size() != 1) {
            reasons.add("matches " + matching.size() + " lines of the figures file for " + named.force() + " "
                    + year.label() + " " + named.measure() + " " + value + " from " + url + "; an erratum must match "
                    + "exactly one");
            return Optional.empty();
        }
        return Optional.of(matching.get(0).line());
    }

    static boolean recognises(Set<String> columns) {
        return columns.containsAll(COLUMNS);
    }
}
