package uk.childstats.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.flywaydb.core.api.FlywayException;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/**
 * A start asks Flyway to migrate only when sql/ has a script the database has not run; otherwise Flyway (a second
 * of CPU on a cold JVM) is never loaded. The expected versions come from the file names in sql/.
 */
class MigrationsTest {
    private static Set<String> versionsInSqlFolder() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("sql"))) {
            return files.map(file -> file.getFileName().toString()).filter(name -> name.startsWith("V"))
                    .map(name -> name.substring(1, name.indexOf("__"))).collect(Collectors.toCollection(TreeSet::new));
        }
    }

    private static Connection connect(String schema) throws SQLException {
        EmbeddedMariaDb server = TestDatabase.server();
        return DriverManager.getConnection(server.jdbcUrl(schema), server.admin().user(), server.admin().password());
    }

    private static void execute(String schema, String sql) throws SQLException {
        try (Connection connection = connect(schema); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static Database migrateAgain(String schema) {
        return Database.migrated(TestDatabase.jdbcUrl(schema), TestDatabase.server().admin());
    }

    @Test
    void theBuildCarriesEveryScriptOfTheSqlFolder() throws IOException {
        Set<String> expected = versionsInSqlFolder();
        assertTrue(expected.containsAll(Set.of("1", "2", "13")), "sql/ has V1, V2 and V13: " + expected);
        assertEquals(expected, Migrations.bundled());
    }

    @Test
    void aMigratedDatabaseHasNothingPendingAndOneWithoutHistoryHasEverything() throws Exception {
        TestDatabase.freshSchema("migrations_done").close();
        try (Connection connection = connect("migrations_done")) {
            assertEquals(Set.of(), Migrations.pending(connection, Migrations.bundled()));
        }
        TestDatabase.server().createSchema("migrations_none");
        execute("migrations_none", "DROP TABLE IF EXISTS " + Migrations.HISTORY_TABLE);
        try (Connection connection = connect("migrations_none")) {
            assertEquals(versionsInSqlFolder(), Migrations.pending(connection, Migrations.bundled()));
        }
    }

    @Test
    void aScriptMissingFromTheHistoryIsPendingAndAFailedOneMakesAllPending() throws Exception {
        TestDatabase.freshSchema("migrations_gap").close();
        execute("migrations_gap", "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '13'");
        try (Connection connection = connect("migrations_gap")) {
            assertEquals(Set.of("13"), Migrations.pending(connection, Migrations.bundled()));
        }
        TestDatabase.freshSchema("migrations_failed").close();
        execute("migrations_failed", "UPDATE " + Migrations.HISTORY_TABLE + " SET success = 0 WHERE version = '2'");
        try (Connection connection = connect("migrations_failed")) {
            assertEquals(versionsInSqlFolder(), Migrations.pending(connection, Migrations.bundled()));
        }
    }

    /**
     * Flyway's validation fails on an applied script whose recorded checksum differs: that failure shows whether a
     * start ran Flyway. With nothing pending it does not; with a script pending it does, and validates everything.
     */
    @Test
    void flywayRunsOnlyWhenAScriptIsPending() throws Exception {
        TestDatabase.freshSchema("migrations_skip").close();
        execute("migrations_skip", "UPDATE " + Migrations.HISTORY_TABLE + " SET checksum = checksum + 1"
                + " WHERE version = '1'");
        migrateAgain("migrations_skip").close();

        execute("migrations_skip", "DELETE FROM " + Migrations.HISTORY_TABLE + " WHERE version = '13'");
        FlywayException ranFlyway = assertThrows(FlywayException.class, () -> migrateAgain("migrations_skip"));
        assertTrue(ranFlyway.getMessage().contains("checksum mismatch"), ranFlyway.getMessage());
    }
}
