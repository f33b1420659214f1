package uk.childstats.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import uk.childstats.figures.FinancialYear;

/**
 * Reads and checks a Home Office police recorded crime file by force area, quarter and offence code: our
 * snake-case copy or the Home Office's own sheet saved as CSV. Rows for codes that are not child offence codes are
 * passed over (the Home Office's full table has every offence); every other line is checked before anything is
 * written, and one bad line rejects the file.
 */
final class HomeOfficeFile {
    static final List<String> COLUMNS = List.of("financial_year", "financial_quarter", "force_name",
            "offence_description", "offence_group", "offence_subgroup", "offence_code", "number_of_offences");
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,9}");
    private static final Pattern QUARTER = Pattern.compile("[1-4]");

    /** Home Office force name to area slug, and the child offence codes. */
    record Reference(Map<String, String> slugByHomeOfficeName, Set<String> childCodes) {
    }

    private HomeOfficeFile() {
    }

    static boolean recognises(Set<String> snakeCaseColumns) {
        return snakeCaseColumns.containsAll(COLUMNS);
    }

    static List<HomeOfficeRow> read(String fileName, Reader reader, Reference reference)
            throws IOException, ImportRejected {
        return read(fileName, reader, reference, ImportProgress.silent());
    }

    /** Reads the file, telling progress of every line read (child code or not). */
    static List<HomeOfficeRow> read(String fileName, Reader reader, Reference reference, ImportProgress progress)
            throws IOException, ImportRejected {
        List<HomeOfficeRow> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        QuarterCells cells = new QuarterCells();
        Map<Object, Object> canonical = new HashMap<>();
        try (CSVParser parser = CsvFiles.open(reader)) {
            Map<String, String> titles = CsvFiles.snakeCaseColumns(parser);
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                List<String> reasons = new ArrayList<>();
                check(record, titles, reference, reasons).map(row -> canonical(row, canonical)).ifPresent(row -> {
                    int first = cells.firstLineOf(row, line);
                    if (first != 0) {
                        reasons.add("repeats line " + first + " (same year, quarter, force and offence code)");
                    }
                    rows.add(row);
                });
                reasons.forEach(reason -> problems.add("line " + line + ": " + reason));
                progress.rowsRead((int) parser.getRecordNumber());
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("the file has no rows for the child offence codes " + String.join(", ",
                    reference.childCodes().stream().sorted().toList()));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        return rows;
    }

    /** One copy of each repeated name and year, so a file of a million lines holds a few hundred strings. */
    private static HomeOfficeRow canonical(HomeOfficeRow row, Map<Object, Object> pool) {
        return new HomeOfficeRow(row.line(), one(pool, row.year()), row.quarter(), one(pool, row.areaSlug()),
                one(pool, row.forceName()), one(pool, row.offenceCode()), one(pool, row.offenceDescription()),
                one(pool, row.offenceGroup()), one(pool, row.offenceSubgroup()), row.offences());
    }

    @SuppressWarnings("unchecked")
    private static <T> T one(Map<Object, Object> pool, T value) {
        return (T) pool.computeIfAbsent(value, v -> v);
    }

    private static Optional<HomeOfficeRow> check(CSVRecord record, Map<String, String> titles, Reference reference,
                                                 List<String> reasons) {
        if (record.size() != titles.size()) {
            reasons.add("expected " + titles.size() + " columns, found " + record.size());
            return Optional.empty();
        }
        String code = record.get(titles.get("offence_code")).trim();
        if (!reference.childCodes().contains(code)) {
            return Optional.empty();
        }
        String yearText = record.get(titles.get("financial_year")).trim();
        Optional<FinancialYear> year = FinancialYear.parse(yearText).filter(y -> yearText.contains("/"));
        if (year.isEmpty()) {
            reasons.add("year '" + yearText + "' is not a financial year written like 2016/17");
        }
        String quarter = record.get(titles.get("financial_quarter")).trim();
        if (!QUARTER.matcher(quarter).matches()) {
            reasons.add("quarter '" + quarter + "' is not 1, 2, 3 or 4");
        }
        String force = record.get(titles.get("force_name")).trim();
        String slug = reference.slugByHomeOfficeName().get(force);
        if (slug == null) {
            reasons.add("unknown force '" + force + "': not a Home Office force name the site maps to a force");
        }
        String offences = record.get(titles.get("number_of_offences")).trim();
        if (!WHOLE_NUMBER.matcher(offences).matches()) {
            reasons.add("number of offences '" + offences + "' is not a whole number");
        }
        if (!reasons.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new HomeOfficeRow(CsvFiles.lineOf(record), year.get(), Integer.parseInt(quarter), slug,
                force, code, record.get(titles.get("offence_description")).trim(),
                record.get(titles.get("offence_group")).trim(), record.get(titles.get("offence_subgroup")).trim(),
                Integer.parseInt(offences)));
    }
}
