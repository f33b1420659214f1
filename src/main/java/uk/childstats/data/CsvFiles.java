package uk.childstats.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reading the data files: RFC 4180 with a header row. */
final class CsvFiles {
    private CsvFiles() {
    }

    static CSVParser open(Reader reader) throws IOException {
        return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).setTrim(false).get().parse(reader);
    }

    /** A record's line in the file, counting the header as line 1. */
    static int lineOf(CSVRecord record) {
        return (int) record.getRecordNumber() + 1;
    }

    /**
     * The file's column titles written the way our own files write them: "Financial Year" and "financial_year" are
     * the same column, so a Home Office sheet saved as CSV reads like our snake-case copy. Maps each to its title.
     */
    static Map<String, String> snakeCaseColumns(CSVParser parser) {
        Map<String, String> columns = new LinkedHashMap<>();
        for (String title : parser.getHeaderNames()) {
            columns.put(snakeCase(title), title);
        }
        return columns;
    }

    static String snakeCase(String title) {
        return title.replace("\uFEFF", "").trim().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
    }

    /** The file opened for reading, or rejected at line 1 when it lacks one of the columns. */
    static CSVParser openWithColumns(String fileName, Reader reader, List<String> expected)
            throws IOException, ImportRejected {
        CSVParser parser = open(reader);
        List<String> missing = missingColumns(parser, expected);
        if (!missing.isEmpty()) {
            parser.close();
            throw new ImportRejected(fileName, List.of("line 1: missing column(s) " + String.join(", ", missing)));
        }
        return parser;
    }

    static List<String> missingColumns(CSVParser parser, List<String> expected) {
        List<String> missing = new ArrayList<>();
        for (String column : expected) {
            if (!parser.getHeaderMap().containsKey(column)) {
                missing.add(column);
            }
        }
        return missing;
    }
}
