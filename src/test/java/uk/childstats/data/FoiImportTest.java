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
        String before = snapshot();
        ImportRejected e = assertThrows(ImportRejected.class, () -> importer.importReader("bad.csv", new StringReader(csv)));
        assertEquals(before, snapshot(), "a rejected file must leave the database as it was");
        return e;
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
                + GOOD;
        List<String> problems = rejected(csv).problems();
        List<String> expected = List.of(
                "line 3: unknown force or aggregate 'Nowhere Police'",
                "line 4: year '2015-16' is not a financial year written like 2016/17",
                "line 5: year '2015/17' is not a financial year written like 2016/17",
                "line 6: unknown measure 'total_crimes'",
                "line 7: value '1,483' is not a whole number (write 1483, not 1,483)",
                "line 8: value '12.5' is not a whole number (write 1483, not 1,483)",
                "line 9: source 'ftp://example.org/a' is neither an http(s) address nor 'seed: <file>'",
                "line 10: nation 'Wales' does not match Dorset Police (England)",
                "line 11: published date 'last year' is not YYYY-MM or YYYY-MM-DD",
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
