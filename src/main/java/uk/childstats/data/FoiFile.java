package uk.childstats.data;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Source;

/** Reads and checks the FOI figures file: every line is checked before anything is written. */
final class FoiFile {
    static final List<String> COLUMNS =
            List.of("nation", "force", "year", "measure", "value", "source_url", "source_title", "published", "quote");
    private static final Pattern SOURCE = Pattern.compile("(https?://\\S+|seed: \\S+)");

    /** Known names: area name to slug and nation, and measure codes. */
    record Reference(Map<String, String> slugByName, Map<String, String> nationByName, Set<String> measures) {
    }

    private FoiFile() {
    }

    static List<FoiRow> read(String fileName, Reader reader, Reference reference) throws IOException, ImportRejected {
        List<FoiRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.openWithColumns(fileName, reader, COLUMNS)) {
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                List<String> reasons = new ArrayList<>();
                Optional<FoiRow> row = check(record, line, reference, reasons);
                reasons.forEach(reason -> problems.add("line " + line + ": " + reason));
                row.ifPresent(rows::add);
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("the file has no figures");
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        return rows;
    }

    private static Optional<FoiRow> check(CSVRecord record, int line, Reference reference, List<String> reasons) {
        if (!CellChecks.columnCount(record.size(), COLUMNS.size(), reasons)) {
            return Optional.empty();
        }
        String force = record.get("force");
        String slug = CellChecks.area(force, reference.slugByName(), reasons);
        if (slug != null && !reference.nationByName().get(force).equals(record.get("nation"))) {
            reasons.add("nation '" + record.get("nation") + "' does not match " + force + " ("
                    + reference.nationByName().get(force) + ")");
        }
        Optional<FinancialYear> year = CellChecks.year(record.get("year"), reasons);
        String measure = record.get("measure");
        CellChecks.measure(measure, reference.measures(), reasons);
        String value = record.get("value");
        CellChecks.count(value, reasons);
        String url = record.get("source_url");
        if (!SOURCE.matcher(url).matches()) {
            reasons.add("source '" + url + "' is neither an http(s) address nor 'seed: <file>'");
        }
        String published = record.get("published");
        CellChecks.publishedDate(published, LocalDate.now(ZoneId.of("Europe/London")), reasons);
        if (record.get("quote").isBlank()) {
            reasons.add("quote is empty: every figure needs the words of its source");
        }
        if (!reasons.isEmpty()) {
            return Optional.empty();
        }
        Source source = new Source(url, record.get("source_title"), published.isEmpty() ? null : published);
        return Optional.of(new FoiRow(line, slug, year.get(), measure, Long.parseLong(value), source,
                record.get("quote")));
    }
}
