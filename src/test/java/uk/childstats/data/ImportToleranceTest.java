package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.FIGURE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.childstats.support.TestDatabase;

/** What a careful importer accepts: Excel's "CSV UTF-8" with its byte order mark, and a forced import without corrections. */
class ImportToleranceTest {
    private final DSLContext dsl = TestDatabase.freshSchema("import_tolerance").dsl();
    @TempDir
    Path folder;

    @Test
    void aFileSavedAsCsvUtf8ByExcelIsRead() throws Exception {
        Path figures = folder.resolve("nspcc_foi_figures.csv");
        Files.write(figures, ("\uFEFF" + Files.readString(Path.of("data", "nspcc_foi_figures.csv")))
                .getBytes(StandardCharsets.UTF_8));
        Files.copy(Path.of("data", "foi_corrections.csv"), folder.resolve("foi_corrections.csv"));
        new Importer(dsl).importBundledDataIfEmpty();
        assertEquals(711, new Importer(dsl).importFile(figures));
        assertEquals(712, Files.readAllLines(Path.of("data", "nspcc_foi_figures.csv")).size(), "header and 711 rows");
    }

    @Test
    void withForceTheFiguresAreImportedWithoutCorrectionsAndTheImportSaysSo() throws Exception {
        Path figures = folder.resolve("nspcc_foi_figures.csv");
        Files.copy(Path.of("data", "nspcc_foi_figures.csv"), figures);
        Importer importer = new Importer(dsl, true);
        assertEquals(711, importer.importFile(figures));
        assertEquals(711, dsl.fetchCount(FIGURE));
        assertTrue(importer.notices().get(0).startsWith("imported without corrections"), importer.notices().toString());
    }
}
