package uk.childstats.data;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads a lookup file row by row, trimmed cells by snake-case column, collecting every problem with its line. */
final class LookupRows {
    @FunctionalInterface
    interface RowCheck {
        /** Checks and keeps one row; answers what is wrong with it (nothing when it is kept). */
        List<String> check(int line, Map<String, String> row);
    }

    private LookupRows() {
    }

    static List<String> read(Reader reader, List<String> columns, RowCheck check) throws IOException {
        List<String> problems = new ArrayList<>();
        try (CSVParser parser = CsvFiles.open(reader)) {
            Map<String, String> titles = CsvFiles.snakeCaseColumns(parser);
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                if (record.size() != titles.size()) {
                    problems.add("line " + line + ": expected " + titles.size() + " columns, found " + record.size());
                    continue;
                }
                Map<String, String> row = new HashMap<>();
                columns.forEach(column -> row.put(column, record.get(titles.get(column)).trim()));
                check.check(line, row).forEach(reason -> problems.add("line " + line + ": " + reason));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        return problems;
    }

    static void rejectIfAny(String fileName, List<String> problems, boolean noRows) throws ImportRejected {
        if (noRows && problems.isEmpty()) {
            throw new ImportRejected(fileName, List.of("the file has no rows"));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
    }
}
