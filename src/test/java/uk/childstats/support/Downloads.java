package uk.childstats.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/** Reads downloads back the way a journalist's tools would: CSV by RFC 4180 with its header, JSON as a tree. */
public final class Downloads {
    private static final ObjectMapper JSON = new ObjectMapper();

    private Downloads() {
    }

    /** The header row of a CSV. */
    public static List<String> header(String csv) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            return parser.getHeaderNames();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every data row of a CSV as column name to cell text ("" for an empty cell). */
    public static List<Map<String, String>> rows(String csv) {
        try (CSVParser parser = CSVFormat.RFC4180.builder().setHeader().get().parse(new StringReader(csv))) {
            List<Map<String, String>> rows = new ArrayList<>();
            for (CSVRecord record : parser) {
                if (!record.isConsistent()) {
                    throw new AssertionError("row " + record.getRecordNumber() + " has the wrong number of cells");
                }
                rows.add(new LinkedHashMap<>(record.toMap()));
            }
            return rows;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static JsonNode json(String text) {
        try {
            return JSON.readTree(text);
        } catch (IOException e) {
            throw new AssertionError("not valid JSON: " + e.getMessage(), e);
        }
    }

    /** A JSON value as the CSV would write it: "" for null, plain digits for numbers. */
    public static String asCsvText(JsonNode value) {
        return value == null || value.isNull() ? "" : value.isTextual() ? value.textValue() : value.asText();
    }
}
