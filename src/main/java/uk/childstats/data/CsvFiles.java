package uk.childstats.data;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.List;
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
