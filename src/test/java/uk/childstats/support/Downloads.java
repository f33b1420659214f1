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

    /** The JSON answer at an address of the test site, which must be 200. */
    public static JsonNode jsonAt(String path) {
        java.net.http.HttpResponse<String> response = TestSite.get(path, "application/json");
        org.junit.jupiter.api.Assertions.assertEquals(200, response.statusCode(), path);
        return json(response.body());
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

    /**
     * A CSV's CSV on the Web metadata, checked: the CSVW context, the file it describes, and exactly the CSV's
     * columns, each with a title, a description and one of the given datatypes.
     */
    public static JsonNode checkedMetadata(String csv, java.util.Set<String> datatypes) {
        List<String> header = header(TestSite.download(csv));
        JsonNode metadata = json(TestSite.download(csv + "-metadata.json"));
        org.junit.jupiter.api.Assertions.assertEquals("http://www.w3.org/ns/csvw", metadata.get("@context").asText(), csv);
        org.junit.jupiter.api.Assertions.assertEquals(csv.substring(csv.lastIndexOf('/') + 1), metadata.get("url").asText(), csv);
        List<String> named = new java.util.ArrayList<>();
        metadata.get("tableSchema").get("columns").forEach(c -> {
            named.add(c.get("name").asText());
            org.junit.jupiter.api.Assertions.assertTrue(datatypes.contains(c.get("datatype").asText()), csv);
            org.junit.jupiter.api.Assertions.assertTrue(
                    !c.get("titles").asText().isBlank() && !c.get("dc:description").asText().isBlank(), csv);
        });
        org.junit.jupiter.api.Assertions.assertEquals(header, named, csv);
        return metadata;
    }
}
