package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.FIGURE;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import uk.childstats.support.TestDatabase;

class FoiImportTest {
    private static final Path FILE = Path.of("data", "nspcc_foi_figures.csv");
    private static final String HEADER = "nation,force,year,measure,value,source_url,source_title,published,quote\n";
    private static final String GOOD = "England,Dorset Police,2015/16,total_offences,422,https://example.org/a,A,,\"422 offences\"\n";
    private static DSLContext dsl;
    private static Importer importer;

    @BeforeAll
    static void importTheBundledFile() throws Exception {
        dsl = TestDatabase.freshSchema("import_test").dsl();
        importer = new Importer(dsl);
        assertEquals(711, importer.importFile(FILE));
    }

    private static String snapshot() {
        return String.join("\n",
                dsl.fetch("SELECT * FROM figure ORDER BY id").formatCSV(),
                dsl.fetch("SELECT * FROM source ORDER BY id").formatCSV(),
                dsl.fetch("SELECT * FROM published_value ORDER BY area_slug, year_label, measure_code").formatCSV(),
                dsl.fetch("SELECT * FROM financial_year ORDER BY label").formatCSV());
    }

    private static long published(String area, String year, String measure) {
        return dsl.select(PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE).where(PUBLISHED_VALUE.AREA_SLUG.eq(area),
                PUBLISHED_VALUE.YEAR_LABEL.eq(year), PUBLISHED_VALUE.MEASURE_CODE.eq(measure)).fetchSingle().value1();
    }

    private static ImportRejected rejected(String csv) {
        return rejectedWhen(() -> importer.importReader("bad.csv", new StringReader(csv)));
    }

    private static ImportRejected rejectedWhen(Executable importing) {
        String before = snapshot();
        ImportRejected e = assertThrows(ImportRejected.class, importing);
        assertEquals(before, snapshot(), "a rejected file must leave the database as it was");
        return e;
    }

    /** The figures file in a folder of its own, with these corrections beside it. */
    private static Path figuresBesideCorrections(String corrections) throws Exception {
        Path folder = Files.createTempDirectory("corrections");
        Files.copy(FILE, folder.resolve(FILE.getFileName()));
        Files.writeString(folder.resolve("foi_corrections.csv"), corrections);
        return folder.resolve(FILE.getFileName());
    }

    @Test
    void everyLineOfTheFileIsImportedWithItsSource() {
        assertEquals(711, dsl.fetchCount(FIGURE));
        assertEquals(1483, published("avon-and-somerset-constabulary", "2016/17", "total_offences"));
        assertEquals(64667, published("all-uk-forces", "2016/17", "total_offences"));
    }

    @Test
    void gwent2014To15ShowsTheLaterPublished706AndKeeps389AsAnotherFigure() {
        assertEquals(706, published("gwent-police", "2014/15", "total_offences"));
        assertEquals(2, dsl.fetchCount(FIGURE, FIGURE.AREA_SLUG.eq("gwent-police")
                .and(FIGURE.CELL_YEAR_LABEL.eq("2014/15")).and(FIGURE.VALUE.eq(389L))));
    }

    @Test
    void derbyshire2015To16TakesThe983QuotedAYearLaterOverThe166FirstPublished() {
        assertEquals(983, published("derbyshire-constabulary", "2015/16", "total_offences"));
        String reason = dsl.select(PUBLISHED_VALUE.REASON).from(PUBLISHED_VALUE)
                .where(PUBLISHED_VALUE.AREA_SLUG.eq("derbyshire-constabulary"), PUBLISHED_VALUE.YEAR_LABEL.eq("2015/16"),
                        PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences")).fetchSingle().value1();
        assertTrue(reason.startsWith("most recent publication (2018-03-14)"), reason);
    }

    @Test
    void lincolnshire2016To17ShowsThe663TheForceCorrectedAndKeeps666AsAnotherFigure() {
        assertEquals(663, published("lincolnshire-police", "2016/17", "total_offences"));
        var choice = dsl.select(PUBLISHED_VALUE.CHOSEN_FIGURE_ID, PUBLISHED_VALUE.REASON).from(PUBLISHED_VALUE)
                .where(PUBLISHED_VALUE.AREA_SLUG.eq("lincolnshire-police"), PUBLISHED_VALUE.YEAR_LABEL.eq("2016/17"),
                        PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences")).fetchSingle();
        assertEquals(364, choice.value1(), "the Lincolnite's line that gives 663");
        assertEquals("corrected by the force, as reported by The Lincolnite; 1 other value published",
                choice.value2());
        assertEquals(2, dsl.fetchCount(FIGURE, FIGURE.AREA_SLUG.eq("lincolnshire-police")
                .and(FIGURE.CELL_YEAR_LABEL.eq("2016/17")).and(FIGURE.VALUE.eq(666L))));
    }

    @Test
    void withoutTheCorrectionsTheRuleAloneWouldShow666() throws Exception {
        String full = snapshot();
        try (var reader = Files.newBufferedReader(FILE)) {
            importer.importReader("no corrections.csv", reader);
        }
        assertEquals(666, published("lincolnshire-police", "2016/17", "total_offences"));
        importer.importFile(FILE);
        assertEquals(full, snapshot());
    }

    @Test
    void aCorrectionMustNameAValueItsSourcePublishedAndEveryBadLineIsReported() throws Exception {
        String lincolnite = "https://thelincolnite.co.uk/2018/02/"
                + "over-660-child-sex-offences-in-lincolnshire-last-year-many-victims-three-and-under/";
        String sleaford = "https://www.sleafordstandard.co.uk/news/crime/more-reports-of-child-sex-crimes-1-8391683";
        Path figures = figuresBesideCorrections("force,year,measure,value,source_url,reason\n"
                + "Lincolnshire Police,2016/17,total_offences,664," + lincolnite + ",a guess\n"
                + "Lincolnshire Police,2016/17,total_offences,663," + sleaford + ",wrong source\n"
                + "Nowhere Police,2016/17,total_offences,663," + lincolnite + ",r\n"
                + "Lincolnshire Police,2016-17,total_offences,663," + lincolnite + ",r\n"
                + "Lincolnshire Police,2016/17,total_crimes,663," + lincolnite + ",r\n"
                + "Lincolnshire Police,2016/17,total_offences,\"663\"," + lincolnite + ",\n"
                + "Lincolnshire Police,2016/17,total_offences,663," + lincolnite + ",r\n"
                + "Lincolnshire Police,2016/17,total_offences,663," + lincolnite + ",again\n");
        ImportRejected e = rejectedWhen(() -> importer.importFile(figures));
        assertEquals("foi_corrections.csv was not imported: 7 problem(s)", e.getMessage());
        assertEquals(List.of(
                "line 2: 664 is not a figure that " + lincolnite + " published for Lincolnshire Police 2016/17 "
                        + "total_offences in the figures file: a correction can only choose a value its source published",
                "line 3: 663 is not a figure that " + sleaford + " published for Lincolnshire Police 2016/17 "
                        + "total_offences in the figures file: a correction can only choose a value its source published",
                "line 4: unknown force or aggregate 'Nowhere Police'",
                "line 5: year '2016-17' is not a financial year written like 2016/17",
                "line 6: unknown measure 'total_crimes'",
                "line 7: reason is empty: every correction needs the words of the source that reported it",
                "line 9: a second correction for Lincolnshire Police 2016/17 total_offences (the first is on line 8)"),
                e.problems());
    }

    @Test
    void theCorrectionsFileOnItsOwnIsRejectedWithAPointerToTheFiguresFile() {
        ImportRejected e = rejectedWhen(() -> importer.importFile(Path.of("data", "foi_corrections.csv")));
        assertTrue(e.problems().get(0).contains("import the figures file beside it"), e.problems().toString());
    }

    @Test
    void aPreviousYearQuoteFillsAYearNoOtherSourceGave() {
        assertEquals(1151, published("merseyside-police", "2015/16", "total_offences"));
    }

    @Test
    void importingTheSameFileTwiceLeavesTheSameDatabase() throws Exception {
        String before = snapshot();
        importer.importFile(FILE);
        assertEquals(before, snapshot());
    }

    @Test
    void everyKindOfBadLineIsReportedWithItsNumberAndNothingIsWritten() {
        String csv = HEADER + GOOD
                + "England,Nowhere Police,2015/16,total_offences,1,https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015-16,total_offences,1,https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015/17,total_offences,1,https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015/16,total_crimes,1,https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015/16,total_offences,\"1,483\",https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015/16,total_offences,12.5,https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015/16,total_offences,1,ftp://example.org/a,A,,q\n"
                + "Wales,Dorset Police,2015/16,total_offences,1,https://example.org/a,A,,q\n"
                + "England,Dorset Police,2015/16,total_offences,1,https://example.org/a,A,last year,q\n"
                + "England,Dorset Police,2015/16,total_offences,1,https://example.org/a,A\n"
                + GOOD.replace("example.org/a", "example.org/b");
        List<String> problems = rejected(csv).problems();
        List<String> expected = List.of(
                "line 3: unknown force or aggregate 'Nowhere Police'",
                "line 4: year '2015-16' is not a financial year written like 2016/17",
                "line 5: year '2015/17' is not a financial year written like 2016/17",
                "line 6: unknown measure 'total_crimes'",
                "line 7: value '1,483' is not a whole number of at most nine digits (write 1483, not 1,483)",
                "line 8: value '12.5' is not a whole number of at most nine digits (write 1483, not 1,483)",
                "line 9: source 'ftp://example.org/a' is neither an http(s) address nor 'seed: <file>'",
                "line 10: nation 'Wales' does not match Dorset Police (England)",
                "line 11: published date 'last year' is not a real date written YYYY-MM or YYYY-MM-DD",
                "line 12: expected 9 columns, found 7");
        assertEquals(expected, problems);
    }

    @Test
    void aFileWithoutTheExpectedColumnsIsRejected() {
        List<String> problems = rejected("force,year,value\nDorset Police,2015/16,422\n").problems();
        assertTrue(problems.get(0).startsWith("line 1: missing column(s) nation"), problems.toString());
    }

    @Test
    void aFileThatIsNotValidCsvIsRejected() {
        List<String> problems = rejected(HEADER + GOOD + "England,\"Dorset Police,2015/16\n").problems();
        assertTrue(problems.get(problems.size() - 1).contains("not valid CSV"), problems.toString());
    }

    @Test
    void anEmptyFileIsRejected() {
        assertEquals(List.of("the file has no figures"), rejected(HEADER).problems());
    }

    @Test
    void aValidSmallFileReplacesTheFiguresThenTheRealFileRestoresThem() throws Exception {
        String full = snapshot();
        assertEquals(1, importer.importReader("small.csv", new StringReader(HEADER + GOOD)));
        assertEquals(1, dsl.fetchCount(FIGURE));
        importer.importFile(FILE);
        assertEquals(full, snapshot());
    }
}
