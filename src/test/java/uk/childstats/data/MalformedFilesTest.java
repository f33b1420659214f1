package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import uk.childstats.support.TestDatabase;

/**
 * Hostile and broken files, each imported as a user would (a file on disk, FOI figures with their corrections
 * beside them): each is rejected with the line and the reason, and not one table of the database changes.
 */
class MalformedFilesTest {
    private static final String FOI = "nspcc_foi_figures.csv";
    private static final String HO = "prc-pfa-mar2013-onwards-tables-191023.csv";
    private static final String FOI_HEADER =
            "nation,force,year,measure,value,source_url,source_title,published,quote\n";
    private static final String FOI_LINE = "England,Dorset Police,2015/16,total_offences,422,https://x.org/a,T,2019-10,q\n";
    private static final String HO_HEADER = "financial_year,financial_quarter,force_name,offence_description,"
            + "offence_group,offence_subgroup,offence_code,number_of_offences\n";
    private static DSLContext dsl;
    private static Importer importer;
    @TempDir
    static Path folder;

    @BeforeAll
    static void importTheBundledFiles() throws Exception {
        dsl = TestDatabase.freshSchema("malformed_files").dsl();
        importer = new Importer(dsl);
        importer.importBundledDataIfEmpty();
        Files.copy(Path.of("data", "foi_corrections.csv"), folder.resolve("foi_corrections.csv"));
    }

    static Stream<Arguments> files() {
        return Stream.of(
                foi("an impossible month", FOI_LINE.replace("2019-10", "2020-13-45"),
                        "line 2: published date '2020-13-45' is not a real date"),
                foi("the 30th of February", FOI_LINE.replace("2019-10", "2019-02-30"),
                        "line 2: published date '2019-02-30' is not a real date"),
                foi("a date in the future", FOI_LINE.replace("2019-10", "2999-01"),
                        "line 2: published date '2999-01' is in the future"),
                foi("a negative count", FOI_LINE.replace(",422,", ",-5,"), "line 2: value '-5' is negative"),
                foi("a thousands separator", FOI_LINE.replace(",422,", ",\"1,483\","),
                        "line 2: value '1,483' is not a whole number"),
                foi("a count of ten digits", FOI_LINE.replace(",422,", ",1234567890,"),
                        "line 2: value '1234567890' is not a whole number of at most nine digits"),
                foi("a NUL byte", FOI_LINE.replace(",q\n", ",q\u0000\n"), "line 2: column 9 holds a control character"),
                foi("a tab in a cell", FOI_LINE.replace(",T,", ",\tT,"), "line 2: column 7 holds a control character"),
                foi("a line break inside a cell", FOI_LINE.replace(",q\n", ",\"q\nmore\"\n"),
                        "line 2: column 9 holds a control character"),
                foi("a line repeated exactly", FOI_LINE + FOI_LINE, "line 3: repeats line 2 exactly"),
                foi("an unknown force", FOI_LINE.replace("Dorset Police", "Atlantis Police"),
                        "line 2: unknown force or aggregate 'Atlantis Police'"),
                foi("a nation that does not match", FOI_LINE.replace("England,", "Wales,"),
                        "line 2: nation 'Wales' does not match Dorset Police"),
                foi("a year with a hyphen", FOI_LINE.replace("2015/16", "2015-16"),
                        "line 2: year '2015-16' is not a financial year"),
                foi("an unknown measure", FOI_LINE.replace("total_offences", "everything"),
                        "line 2: unknown measure 'everything'"),
                foi("a source that is not a web address", FOI_LINE.replace("https://x.org/a", "javascript:alert(1)"),
                        "line 2: source 'javascript:alert(1)' is neither"),
                foi("no quote", FOI_LINE.replace(",q\n", ",\n"), "line 2: quote is empty"),
                foi("a short line", "England,Dorset Police,2015/16\n", "line 2: expected 9 columns, found 3"),
                file(FOI, (FOI_HEADER.replace("nation,", "") + FOI_LINE).getBytes(StandardCharsets.UTF_8),
                        "a missing column", "line 1: missing column(s)"),
                file(FOI, ("\uFEFF" + FOI_HEADER + FOI_LINE.replace("2015/16", "2015-16"))
                        .getBytes(StandardCharsets.UTF_8), "a byte order mark (read, then the bad year found)",
                        "line 2: year '2015-16'"),
                file(FOI, FOI_HEADER.getBytes(StandardCharsets.UTF_8), "no figures", "the file has no figures"),
                file(FOI, notUtf8(), "bytes that are not UTF-8", "line 3: byte 216 of the file (0xFF) is not UTF-8"),
                file(FOI, (FOI_HEADER + FOI_LINE.replace(",q\n", "," + "x".repeat(1_000_000) + "\n"))
                        .getBytes(StandardCharsets.UTF_8), "a line of a million characters",
                        "line 2: 1000075 characters long"),
                file("foi_corrections.csv", "force,year,measure,value,source_url,reason\n".getBytes(StandardCharsets.UTF_8),
                        "the corrections file on its own", "this is the corrections file"),
                homeOffice("a quarter missing for one force", grid(4, 4).replace(wiltshire(3), ""),
                        "2016/17 quarter 3: no line for Wiltshire, code(s) 88A"),
                homeOffice("a code missing for one force", grid(4, 4) + line("2016/17", 1, "Dorset", "17B", 1)
                        + line("2016/17", 2, "Dorset", "17B", 1) + line("2016/17", 3, "Dorset", "17B", 1)
                        + line("2016/17", 4, "Dorset", "17B", 1), "2016/17 quarter 1: no line for Wiltshire, code(s) 17B"),
                homeOffice("an early year with a quarter missing", grid(3, 4).replace(wiltshire(4), "")
                        .replace(line("2016/17", 4, "Dorset", "88A", 4), "") + nextYear(),
                        "2016/17 has quarter(s) [1, 2, 3] only, but later years follow it"),
                homeOffice("a year too large for any real count", (HO_HEADER + line("2016/17", 1, "Dorset", "88A", 999_999_999)
                        + line("2016/17", 2, "Dorset", "88A", 999_999_999) + line("2016/17", 3, "Dorset", "88A", 999_999_999)
                        + line("2016/17", 4, "Dorset", "88A", 999_999_999)).substring(HO_HEADER.length()),
                        "Dorset, 2016/17, code 88A sums to 3999999996 over the year"),
                homeOffice("a fifth quarter", line("2016/17", 5, "Dorset", "88A", 1), "line 2: quarter '5' is not 1, 2, 3 or 4"),
                homeOffice("an unknown force", line("2016/17", 1, "Gotham", "88A", 1), "line 2: unknown force 'Gotham'"),
                file("figures.csv", (HO_HEADER + grid(4, 4)).getBytes(StandardCharsets.UTF_8),
                        "a Home Office file whose name gives no release", "the file name does not say which Home Office release"),
                file("population.csv", "police_force,nation,year,population_0_17,source\nDorset Police,England,2016,0,ONS\n"
                        .getBytes(StandardCharsets.UTF_8), "a population of nought", "line 2: population '0' is not a whole number above 0"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("files")
    void isRejectedWithLineAndReasonAndChangesNothing(String fileName, String kind, byte[] content, String expected)
            throws Exception {
        List<String> before = checksums();
        Path file = folder.resolve(fileName);
        Files.write(file, content);
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> importer.importFile(file), kind);
        assertTrue(rejected.problems().get(0).startsWith(expected),
                kind + ": expected a first problem starting '" + expected + "', got " + rejected.problems());
        assertEquals(before, checksums(), kind + " changed the database");
    }

    @Test
    void anFoiFileWithoutItsCorrectionsIsRefused() throws Exception {
        Path alone = Files.createDirectories(folder.resolve("alone")).resolve(FOI);
        Files.copy(Path.of("data", FOI), alone);
        List<String> before = checksums();
        ImportRejected rejected = assertThrows(ImportRejected.class, () -> importer.importFile(alone));
        assertTrue(rejected.problems().get(0).contains("Lincolnshire 2016/17, 666 corrected to 663"));
        assertEquals(before, checksums());
    }

    private List<String> checksums() {
        List<String> tables = dsl.fetchValues("SELECT table_name FROM information_schema.tables "
                + "WHERE table_schema = DATABASE() ORDER BY table_name").stream().map(Object::toString).toList();
        List<String> sums = new ArrayList<>();
        for (String table : tables) {
            sums.add(table + "=" + dsl.fetch("CHECKSUM TABLE `" + table + "` EXTENDED").get(0).get(1));
        }
        assertTrue(tables.size() >= 8, "expected the site's tables, found " + tables);
        return sums;
    }

    private static Arguments foi(String kind, String lines, String expected) {
        return file(FOI, (FOI_HEADER + lines).getBytes(StandardCharsets.UTF_8), kind, expected);
    }

    private static Arguments homeOffice(String kind, String lines, String expected) {
        return file(HO, (HO_HEADER + lines).getBytes(StandardCharsets.UTF_8), kind, expected);
    }

    private static Arguments file(String name, byte[] content, String kind, String expected) {
        return Arguments.of(name, kind, content, expected);
    }

    /** Dorset and Wiltshire, code 88A, quarters 1 to n of 2016/17 (Dorset) and 1 to m (Wiltshire). */
    private static String grid(int dorsetQuarters, int wiltshireQuarters) {
        StringBuilder lines = new StringBuilder();
        for (int q = 1; q <= dorsetQuarters; q++) {
            lines.append(line("2016/17", q, "Dorset", "88A", q));
        }
        for (int q = 1; q <= wiltshireQuarters; q++) {
            lines.append(wiltshire(q));
        }
        return lines.toString();
    }

    private static String nextYear() {
        StringBuilder lines = new StringBuilder();
        for (int q = 1; q <= 4; q++) {
            lines.append(line("2017/18", q, "Dorset", "88A", 1)).append(line("2017/18", q, "Wiltshire", "88A", 1));
        }
        return lines.toString();
    }

    private static String wiltshire(int quarter) {
        return line("2016/17", quarter, "Wiltshire", "88A", 10 + quarter);
    }

    private static String line(String year, int quarter, String force, String code, long offences) {
        return year + "," + quarter + "," + force + ",Sexual grooming,Sexual offences,Other sexual offences," + code
                + "," + offences + "\n";
    }

    /** A good header and line, then a line with a byte that cannot begin a UTF-8 character. */
    private static byte[] notUtf8() {
        byte[] start = (FOI_HEADER + FOI_LINE + "England,Dorset Police,2016/17,total_offences,497,https://x.org/b,T")
                .getBytes(StandardCharsets.UTF_8);
        byte[] bytes = new byte[start.length + 4];
        System.arraycopy(start, 0, bytes, 0, start.length);
        bytes[start.length] = (byte) 0xFF;
        bytes[start.length + 1] = ',';
        bytes[start.length + 2] = 'q';
        bytes[start.length + 3] = '\n';
        return bytes;
    }
}
