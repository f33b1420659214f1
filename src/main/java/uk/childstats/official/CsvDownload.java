package uk.childstats.official;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** A CSV download: RFC 4180, a header row, plain numbers, an empty cell for a missing value, and a file name. */
final class CsvDownload {
    private CsvDownload() {
    }

    static void send(Context ctx, String fileName, List<String> header, List<List<Object>> rows) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = CSVFormat.RFC4180.builder().setHeader(header.toArray(String[]::new)).get()
                .print(out)) {
            for (List<Object> row : rows) {
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + fileName + "\"")
                .result(out.toString());
    }
}
