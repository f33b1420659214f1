package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Source;

/**
 * The checks a file gets before its columns are read (UTF-8, line length, control characters, repeated lines) and
 * the checks of each line of the FOI figures file, with the line numbers counted by hand (the header is line 1).
 */
class FileChecksTest {
    private static final String HEADER = "nation,force,year,measure,value,source_url,source_title,published,quote\n";
    private static final FoiFile.Reference REFERENCE = new FoiFile.Reference(
            Map.of("Dorset Police", "dorset-police"), Map.of("Dorset Police", "England"), Set.of("total_offences"));

    private static List<String> problems(String text) {
        return assertThrows(ImportRejected.class, () -> DataText.of(text).check("f.csv")).problems();
    }

    @Test
    void aCleanFilePasses() throws Exception {
        DataText.of("a,b\n1,2\n3,4\n").check("f.csv");
        DataText.of("\uFEFFa,b\n1,2\n").check("f.csv");
        assertEquals("a,b\n1,2\n", DataText.of("\uFEFFa,b\n1,2\n").asString());
        assertEquals("a,b\n", DataText.of("a,b\n").asString());
    }

    @Test
    void aRepeatedLineIsNamedWithTheLineItRepeats() {
        assertEquals(List.of("line 4: repeats line 2 exactly"), problems("a,b\n1,2\n3,4\n1,2\n"));
        assertEquals(List.of("line 3: repeats line 2 exactly", "line 4: repeats line 2 exactly"),
                problems("a,b\n1,2\n1,2\n1,2\n"));
    }

    @Test
    void aRepeatAmongThousandsOfLinesIsFound() {
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 3000; i++) {
            text.append(i).append(",x\n");
        }
        text.append("1500,x\n");
        assertEquals(List.of("line 3002: repeats line 1502 exactly"), problems(text.toString()));
    }

    @Test
    void aRepeatWhenTheLinesExactlyFillTheIndexIsFound() {
        // 1,024 records: the fingerprint index's first size, full to the last place.
        StringBuilder text = new StringBuilder("a,b\n");
        for (int i = 0; i < 1023; i++) {
            text.append(i).append(",x\n");
        }
        text.append("7,x\n");
        assertEquals(List.of("line 1025: repeats line 9 exactly"), problems(text.toString()));
    }

    @Test
    void aFileThatIsOnlyAByteOrderMarkIsEmpty() {
        assertEquals("", DataText.of("\uFEFF").asString());
        assertEquals("x", DataText.of("\uFEFFx").asString());
    }

    @Test
    void theChecksumIsTheSha256OfTheBytes() {
        // The standard test vector of SHA-256 (FIPS 180-2): "abc".
        assertEquals("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", DataText.of("abc").sha256());
    }

    @Test
    void problemsFoundBeforeTheCsvBreaksOffAreKept() {
        assertEquals(List.of("line 2: column 1 holds a control character (such as NUL or a line break inside a cell)"),
                problems("a,b\n\"x\u0000\",2\n\"unclosed,2\n"));
    }

    @Test
    void cellsThatMergeDifferentlyAreNotRepeats() throws Exception {
        DataText.of("a,b\n12,3\n1,23\n").check("f.csv");
    }

    @Test
    void controlCharactersAreNamedByLineAndColumn() {
        assertEquals(List.of("line 3: column 2 holds a control character (such as NUL or a line break inside a cell)"),
                problems("a,b\n1,2\n3,\"x\u0000y\"\n"));
        assertEquals(List.of("line 2: column 1 holds a control character (such as NUL or a line break inside a cell)"),
                problems("a,b\n\"x\u007F\",2\n"));
        assertEquals(List.of("line 2: column 1 holds a control character (such as NUL or a line break inside a cell)"),
                problems("a,b\n\"x\u001Fy\",2\n"));
    }

    @Test
    void aSpaceIsNotAControlCharacter() throws Exception {
        DataText.of("a,b\n\"x y\",2\n").check("f.csv");
    }

    @Test
    void aLineLongerThan20000BytesIsRefused() throws Exception {
        DataText.of("a\n" + "x".repeat(20_000) + "\n").check("f.csv");
        assertEquals(List.of("line 3: 20001 bytes long; a line may have at most 20000"),
                problems("a\nb\n" + "x".repeat(20_001) + "\n"));
        assertEquals(List.of("line 2: 20001 bytes long; a line may have at most 20000"),
                problems("a\n" + "x".repeat(20_001)));
    }

    @Test
    void bytesThatAreNotUtf8AreNamedByLineAndByte() throws Exception {
        byte[] latin1 = "a,b\n1,2\ncaf\u00e9,3\n".getBytes(StandardCharsets.ISO_8859_1);
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> DataText.decode("f.csv", latin1));
        // "a,b\n" is 4 bytes, "1,2\n" 4 more, "caf" 3: the é is byte 12, on line 3.
        assertEquals(List.of("line 3: byte 12 of the file (0xE9) is not UTF-8: save the file as CSV UTF-8"),
                rejected.problems());
        assertEquals("café,3\n", DataText.decode("f.csv", "café,3\n".getBytes(StandardCharsets.UTF_8)).asString());
    }

    @Test
    void aGoodFiguresLineBecomesARow() throws Exception {
        List<FoiRow> rows = FoiFile.read("f.csv", new StringReader(HEADER
                + "England,Dorset Police,2016/17,total_offences,354,https://a.example/x,Title,2017-10,354 offences\n"
                + "England,Dorset Police,2015/16,total_offences,422,seed: dorset.txt,Seed,,422 offences\n"),
                REFERENCE);
        assertEquals(List.of(
                new FoiRow(2, "dorset-police", new FinancialYear(2016), "total_offences", 354,
                        new Source("https://a.example/x", "Title", "2017-10"), "354 offences"),
                new FoiRow(3, "dorset-police", new FinancialYear(2015), "total_offences", 422,
                        new Source("seed: dorset.txt", "Seed", null), "422 offences")), rows);
    }

    @Test
    void everyWrongLineIsReportedWithItsNumber() {
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> FoiFile.read("f.csv", new StringReader(
                HEADER
                + "England,Dorset Police,2016/17,total_offences,354,https://a.example/x,T,,q\n"
                + "Wales,Dorset Police,2016/17,total_offences,354,https://a.example/y,T,,q\n"
                + "England,Dorset Police,2016/17,total_offences,354,www.a.example,T,,q\n"
                + "England,Dorset Police,2016/17,total_offences,354,https://a.example/z,T,2016-02-30,\" \"\n"
                + "England,Dorset Police,2016/17,victims,35x,https://a.example/w,T,,q\n"
                + "England,Dorset Police,2016/17\n"), REFERENCE));
        assertEquals(List.of(
                "line 3: nation 'Wales' does not match Dorset Police (England)",
                "line 4: source 'www.a.example' is neither an http(s) address nor 'seed: <file>'",
                "line 5: published date '2016-02-30' is not a real date written YYYY-MM or YYYY-MM-DD",
                "line 5: quote is empty: every figure needs the words of its source",
                "line 6: unknown measure 'victims'",
                "line 6: value '35x' is not a whole number of at most nine digits (write 1483, not 1,483)",
                "line 7: expected 9 columns, found 3"), rejected.problems());
    }

    @Test
    void aFileWithNoFiguresIsRefused() {
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> FoiFile.read("f.csv", new StringReader(HEADER), REFERENCE));
        assertEquals(List.of("the file has no figures"), rejected.problems());
        ImportRejected noColumns = assertThrows(ImportRejected.class,
                () -> FoiFile.read("f.csv", new StringReader("nation,force\n"), REFERENCE));
        assertEquals(List.of("line 1: missing column(s) year, measure, value, source_url, source_title, published, "
                + "quote"), noColumns.problems());
    }
}
