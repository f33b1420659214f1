package uk.childstats.downloads;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;

/** RFC 4180 CSV: a header row, CRLF line ends, plain numbers, an empty cell for "not provided". */
public final class CsvOutput {
    private static final CSVFormat FORMAT = CSVFormat.RFC4180;
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[-+]?\\d+(\\.\\d+)?");

    private CsvOutput() {
    }

    public static String write(Dataset dataset) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, FORMAT)) {
            printer.printRecord(dataset.columnNames());
            for (List<Object> row : dataset.rows()) {
                printer.printRecord(row.stream().map(CsvOutput::cell).toList());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString();
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof BigDecimal decimal) {
            return decimal.toPlainString();
        }
        return value instanceof String text ? neutralised(text) : value.toString();
    }

    /**
     * A text cell that a spreadsheet would run as a formula (OWASP's CSV injection) gets a leading apostrophe, so
     * it is shown as the text it is. A plain number is left alone.
     */
    static String neutralised(String text) {
        boolean risky = !text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0;
        return risky && !PLAIN_NUMBER.matcher(text).matches() ? "'" + text : text;
    }
}
