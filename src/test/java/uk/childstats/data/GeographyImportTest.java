package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.FORCE_OUTLINE;
import static uk.childstats.db.generated.Tables.LOCAL_AUTHORITY;
import static uk.childstats.db.generated.Tables.POSTCODE_DISTRICT_FORCE;

import java.io.StringReader;
import java.nio.file.Files;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import uk.childstats.support.GeographyFiles;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestDatabase;

/** The geography files load whole or not at all, and the uncertain districts are the ones the data README names. */
class GeographyImportTest {
    private static DSLContext dsl;
    private static Importer importer;

    @BeforeAll
    static void importTheBundledFiles() throws Exception {
        dsl = TestDatabase.freshSchema("geography_import").dsl();
        importer = new Importer(dsl);
        importer.importFile(GeographyFiles.COUNCILS);
        importer.importFile(GeographyFiles.POSTCODES);
        importer.importFile(GeographyFiles.AREAS);
    }

    @Test
    void everyRowOfEachFileIsLoaded() {
        assertEquals(HomeOfficeCsv.records(GeographyFiles.COUNCILS).size(), dsl.fetchCount(LOCAL_AUTHORITY));
        assertEquals(HomeOfficeCsv.records(GeographyFiles.POSTCODES).size(), dsl.fetchCount(POSTCODE_DISTRICT_FORCE));
        assertEquals(43, dsl.fetchCount(FORCE_OUTLINE));
    }

    @Test
    void theUncertainDistrictsAreThe111TheDataReadmeCounts() {
        long expected = GeographyFiles.districts().values().stream().filter(GeographyFiles::uncertain).count();
        assertEquals(111, expected);
        assertEquals(expected, dsl.selectDistinct(POSTCODE_DISTRICT_FORCE.DISTRICT).from(POSTCODE_DISTRICT_FORCE)
                .where(POSTCODE_DISTRICT_FORCE.UNCERTAIN.isTrue()).fetch().size());
    }

    @Test
    void aPostcodeFileWithOneBadRowChangesNothing() throws Exception {
        String text = Files.readString(GeographyFiles.POSTCODES)
                + "ZZ1,Dorset Police,E06000023,made up\nBS99,Nowhere Police,E06000023,made up\n";
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> importer.importReader("postcode_district_to_police_force.csv", new StringReader(text)));
        assertEquals(2, rejected.problems().size(), rejected.problems().toString());
        assertTrue(rejected.problems().get(0).contains("is not a council of Dorset Police"));
        assertEquals(HomeOfficeCsv.records(GeographyFiles.POSTCODES).size(), dsl.fetchCount(POSTCODE_DISTRICT_FORCE));
    }

    @Test
    void aBoundaryFileWithoutEveryForceChangesNothing() throws Exception {
        String text = Files.readString(GeographyFiles.AREAS);
        String withoutDorset = text.replace("\"police_force\":\"Dorset Police\"", "\"police_force\":\"Dorset\"");
        ImportRejected rejected = assertThrows(ImportRejected.class,
                () -> importer.importReader("police_force_areas.geojson", new StringReader(withoutDorset)));
        assertTrue(rejected.problems().contains("no outline for Dorset Police"), rejected.problems().toString());
        assertEquals(43, dsl.fetchCount(FORCE_OUTLINE));
    }
}
