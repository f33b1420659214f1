package uk.childstats.data;

import java.io.IOException;
import java.io.ByteArrayInputStream;
import java.io.InputStreamReader;
import java.io.Reader;
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
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * The checks a data file gets before anyone reads its columns: UTF-8 (with or without the byte order mark Excel
 * writes), lines of a sane length, no control characters, no line repeated exactly.
 */
final class DataText {
    static final int MAX_LINE_LENGTH = 20_000;
    private static final byte[] BYTE_ORDER_MARK = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    /** The file as UTF-8 bytes: half the memory of a String of it, and read again for each pass. */
    private final byte[] utf8;
    private final int start;

    private DataText(byte[] utf8) {
        this.utf8 = utf8;
        this.start = startsWithByteOrderMark(utf8) ? BYTE_ORDER_MARK.length : 0;
    }

    static DataText of(String text) {
        return new DataText(text.getBytes(StandardCharsets.UTF_8));
    }

    Reader reader() {
        return new InputStreamReader(new ByteArrayInputStream(utf8, start, utf8.length - start), StandardCharsets.UTF_8);
    }

    /** The SHA-256 of the file's bytes as read, in lower-case hex: what a release records of its file. */
    String sha256() {
        return Checksums.sha256(utf8);
    }

    String asString() {
        return new String(utf8, start, utf8.length - start, StandardCharsets.UTF_8);
    }

    private static boolean startsWithByteOrderMark(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == BYTE_ORDER_MARK[0] && bytes[1] == BYTE_ORDER_MARK[1]
                && bytes[2] == BYTE_ORDER_MARK[2];
    }

    /** The file's text, or the first place where it is not UTF-8, by line and byte. Checked in small pieces. */
    static DataText decode(String fileName, byte[] bytes) throws ImportRejected {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer piece = CharBuffer.allocate(1 << 16);
        CoderResult result;
        do {
            piece.clear();
            result = decoder.decode(in, piece, true);
        } while (result.isOverflow());
        if (result.isError()) {
            int at = in.position();
            throw new ImportRejected(fileName, List.of("line " + lineAtByte(bytes, at) + ": byte " + (at + 1)
                    + " of the file (0x" + String.format("%02X", bytes[at] & 0xFF) + ") is not UTF-8: save the file "
                    + "as CSV UTF-8"));
        }
        return new DataText(bytes);
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
    void check(String fileName) throws ImportRejected {
        List<String> problems = new ArrayList<>(longLines());
        if (problems.isEmpty()) {
            problems.addAll(recordProblems());
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
    }

    private List<String> longLines() {
        List<String> problems = new ArrayList<>();
        int line = 1;
        int lineStart = start;
        for (int i = start; i <= utf8.length; i++) {
            if (i == utf8.length || utf8[i] == '\n') {
                if (i - lineStart > MAX_LINE_LENGTH) {
                    problems.add("line " + line + ": " + (i - lineStart) + " bytes long; a line may have at most "
                            + MAX_LINE_LENGTH);
                }
                line++;
                lineStart = i + 1;
            }
        }
        return problems;
    }

    /**
     * Repeated lines are found by a 64-bit fingerprint of each line's cells, kept in a plain array, so a file of a
     * million lines costs 16 MB here; a fingerprint seen twice is then confirmed cell by cell.
     */
    private List<String> recordProblems() {
        List<String> problems = new ArrayList<>();
        LongLineIndex fingerprints = new LongLineIndex();
        try (CSVParser parser = CsvFiles.open(reader())) {
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                for (int column = 0; column < record.size(); column++) {
                    if (hasControlCharacter(record.get(column))) {
                        problems.add("line " + line + ": column " + (column + 1)
                                + " holds a control character (such as NUL or a line break inside a cell)");
                    }
                }
                fingerprints.add(fingerprint(record), line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException notCsv) {
            return problems;
        }
        problems.addAll(confirmedRepeats(fingerprints.linesSharingAFingerprint()));
        return problems;
    }

    private static long fingerprint(CSVRecord record) {
        long hash = 1125899906842597L;
        for (String cell : record) {
            for (int i = 0; i < cell.length(); i++) {
                hash = 31 * hash + cell.charAt(i);
            }
            hash = 1_000_003 * hash + 0x1F;
        }
        return hash;
    }

    /** Of the lines whose fingerprints collide, those that really repeat an earlier line, cell by cell. */
    private List<String> confirmedRepeats(Set<Integer> suspects) {
        List<String> problems = new ArrayList<>();
        if (suspects.isEmpty()) {
            return problems;
        }
        Map<List<String>, Integer> firstLine = new HashMap<>();
        try (CSVParser parser = CsvFiles.open(reader())) {
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                if (suspects.contains(line)) {
                    Integer first = firstLine.putIfAbsent(record.toList(), line);
                    if (first != null) {
                        problems.add("line " + line + ": repeats line " + first + " exactly");
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return problems;
    }

    private static boolean hasControlCharacter(String cell) {
        return cell.chars().anyMatch(c -> c < 0x20 || c == 0x7F);
    }
}
