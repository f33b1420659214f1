package uk.childstats.db;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.childstats.data.Importer;

/** Imported data survives stopping and starting the embedded MariaDB, because its folders are not under /tmp. */
class EmbeddedRestartTest {
    private static final Path DIR = Path.of("target", "restart-test-mariadb").toAbsolutePath();

    private static Database open(EmbeddedMariaDb server) {
        Database.createSchema(server.serverUrl(), "restart");
        return Database.connect(server.jdbcUrl("restart"), "root", "", Optional.of(server));
    }

    @Test
    void importedFiguresAreStillThereAfterARestart() throws Exception {
        int figures;
        try (Database first = open(EmbeddedMariaDb.start(DIR))) {
            new Importer(first.dsl()).importFile(Path.of("data", "nspcc_foi_figures.csv"));
            figures = first.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE);
        }
        try (Database second = open(EmbeddedMariaDb.start(DIR))) {
            assertEquals(figures, second.dsl().fetchCount(uk.childstats.db.generated.Tables.FIGURE));
            assertEquals(711, figures);
        }
    }
}
