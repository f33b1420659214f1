package uk.childstats.data;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The checks a data file gets before anyone reads its columns: UTF-8 (with or without the byte order mark Excel
 * writes), lines of a sane length, no control characters, no line repeated exactly.
 */
final class DataText {
    static final int MAX_LINE_LENGTH = 20_000;
    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private DataText() {
    }

    /** The file's text, or the first place where it is not UTF-8, by line and byte. */
    static String decode(String fileName, byte[] bytes) throws ImportRejected {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, true);
        if (result.isError()) {
            int at = in.position();
            throw new ImportRejected(fileName, List.of("line " + lineAtByte(bytes, at) + ": byte " + (at + 1)
                    + " of the file (0x" + String.format("%02X", bytes[at] & 0xFF) + ") is not UTF-8: save the file "
                    + "as CSV UTF-8"));
        }
        decoder.flush(out);
        String text = out.flip().toString();
        return !text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK ? text.substring(1) : text;
    }

    private static int lineAtByte(byte[] bytes, int position) {
        int line = 1;
        for (int i = 0; i < position; i++) {
            if (bytes[i] == '\n') {
                line++;
            }
        }
        return line;
    }

    /** Every line too long, every cell with a control character, every line that repeats an earlier one. */
    static void check(String fileName, String text) throws ImportRejected {
        List<String> problems = new ArrayList<>(longLines(text));
        if (problems.isEmpty()) {
            problems.addAll(recordProblems(text));
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
    }

    private static List<String> longLines(String text) {
        List<String> problems = new ArrayList<>();
        int line = 1;
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i - start > MAX_LINE_LENGTH) {
                    problems.add("line " + line + ": " + (i - start) + " characters long; a line may have at most "
                            + MAX_LINE_LENGTH);
                }
                line++;
                start = i + 1;
            }
        }
        return problems;
    }

    private static List<String> recordProblems(String text) {
        List<String> problems = new ArrayList<>();
        Map<List<String>, Integer> firstLine = new HashMap<>();
        try (CSVParser parser = CsvFiles.open(new StringReader(text))) {
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                List<String> cells = record.toList();
                for (int column = 0; column < cells.size(); column++) {
                    if (hasControlCharacter(cells.get(column))) {
                        problems.add("line " + line + ": column " + (column + 1)
                                + " holds a control character (such as NUL or a line break inside a cell)");
                    }
                }
                Integer first = firstLine.putIfAbsent(cells, line);
                if (first != null) {
                    problems.add("line " + line + ": repeats line " + first + " exactly");
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException notCsv) {
            // The importer of the file's kind reports what is wrong with its CSV.
        }
        return problems;
    }

    private static boolean hasControlCharacter(String cell) {
        return cell.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
