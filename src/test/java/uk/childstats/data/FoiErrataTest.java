package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.FIGURE;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;

import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/** foi_errata.csv, read with the figures beside it: the five rows the outlets printed wrongly are never chosen. */
class FoiErrataTest {
    private static final Path FILE = Path.of("data", "nspcc_foi_figures.csv");
    private static final String HEADER = "nation,force,year,measure,value,source_url,source_title,published,quote\n";
    private static DSLContext dsl;

    @BeforeAll
    static void importTheFiguresWithTheirErrata() throws Exception {
        dsl = TestDatabase.freshSchema("errata_test").dsl();
        assertEquals(711, new Importer(dsl).importFile(FILE));
    }

    private static Optional<Long> published(String area, String year, String measure) {
        return dsl.select(PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE).where(PUBLISHED_VALUE.AREA_SLUG.eq(area),
                PUBLISHED_VALUE.YEAR_LABEL.eq(year), PUBLISHED_VALUE.MEASURE_CODE.eq(measure)).fetchOptional(0, Long.class);
    }

    @Test
    void theFiveRowsAreKeptAsPublishedWithTheirReasonAndNeverChosen() {
        assertEquals(711, dsl.fetchCount(FIGURE), "the dataset stays as published");
        assertEquals(5, dsl.fetchCount(FIGURE, FIGURE.SET_ASIDE_REASON.isNotNull()));
        assertEquals(Optional.of(604L), published("suffolk-constabulary", "2015/16", "total_offences"),
                "604, as the Ipswich Star published; 608 was Cambridgeshire's");
        assertEquals(Optional.empty(), published("lancashire-constabulary", "2016/17", "victims_under_1"),
                "193 was the UK figure; no other source gives Lancashire's");
        assertEquals(Optional.empty(), published("cleveland-police", "2015/16", "victims_under_4"));
        assertEquals(Optional.of(68L), published("cleveland-police", "2015/16", "victims_aged_4_and_under"));
        assertEquals(Optional.empty(), published("all-uk-forces", "2012/13", "total_offences"),
                "22,654 is the England and Wales figure: the UK has none for 2012/13");
        assertFalse(dsl.fetchExists(PUBLISHED_VALUE, PUBLISHED_VALUE.CHOSEN_FIGURE_ID.in(dsl.select(FIGURE.ID)
                .from(FIGURE).where(FIGURE.SET_ASIDE_REASON.isNotNull()))));
    }

    @Test
    void anErratumThatMatchesNoLineRejectsTheImport() throws Exception {
        Path folder = Files.createTempDirectory("errata");
        Files.copy(FILE, folder.resolve(FILE.getFileName()));
        Files.copy(Path.of("data", "foi_corrections.csv"), folder.resolve("foi_corrections.csv"));
        Files.writeString(folder.resolve("foi_errata.csv"), "force,year,measure,value,source_url,reason\n"
                + "Suffolk Constabulary,2016/17,total_offences_previous_year_reported,609,"
                + "https://www.eadt.co.uk/news/rise-in-child-sex-offences-in-suffolk-and-essex-2420920,wrong\n");
        ImportRejected e = assertThrows(ImportRejected.class,
                () -> new Importer(dsl).importFile(folder.resolve(FILE.getFileName())));
        assertTrue(e.problems().get(0).startsWith("line 2: matches 0 lines of the figures file"), e.problems().toString());
        assertEquals(Optional.of(604L), published("suffolk-constabulary", "2015/16", "total_offences"));
    }

    @Test
    void anImpossibleAgeBandIsRejectedWithItsLineAndReason() {
        String csv = HEADER
                + "England,Dorset Police,2015/16,total_offences,422,https://example.org/a,A,,\"422 offences\"\n"
                + "England,Dorset Police,2015/16,victims_aged_4_and_under,90,https://example.org/a,A,,\"90 aged four\"\n"
                + "England,Dorset Police,2015/16,victims_under_4,95,https://example.org/a,A,,\"95 under four\"\n";
        ImportRejected e = assertThrows(ImportRejected.class,
                () -> new Importer(dsl).importReader("bands.csv", new StringReader(csv)));
        assertEquals(List.of("line 4: victims_under_4 95 is larger than victims_aged_4_and_under 90 (line 3) from the "
                + "same source for the same force and year: a narrower age band cannot exceed a wider one"),
                e.problems());
        assertEquals(711, dsl.fetchCount(FIGURE), "the database is as it was");
    }
}
