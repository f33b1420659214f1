package uk.childstats.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import uk.childstats.data.Importer;

/** Imported data survives stopping and starting the embedded MariaDB, because its folders are not under /tmp. */
class EmbeddedRestartTest {
    private static final Path DIR = Path.of("target", "restart-test-mariadb").toAbsolutePath();

    private static Database open(EmbeddedMariaDb server) {
        server.createSchema("restart");
        return Database.migrated(server.jdbcUrl("restart"), server.admin());
    }

    @Test
    void importedFiguresAreStillThereAfterARestart() throws Exception {
        int figures;
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(DIR); Database first = open(server)) {
            new Importer(first.dsl()).importFile(Path.of("data", "nspcc_foi_figures.csv"));
            figures = first.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE);
        }
        try (EmbeddedMariaDb server = EmbeddedMariaDb.start(DIR); Database second = open(server)) {
            assertEquals(figures, second.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE));
            assertEquals(711, figures);
        }
    }
}
