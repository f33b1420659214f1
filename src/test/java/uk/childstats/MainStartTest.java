package uk.childstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/** A wrong setting stops the start with one clear line and a non-zero status, never a stack trace. */
class MainStartTest {
    private record Outcome(int status, List<String> errorLines) {
    }

    private static Outcome start(Map<String, String> env) {
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            int status = Main.run(new String[0], env);
            return new Outcome(status, err.toString(StandardCharsets.UTF_8).lines()
                    .filter(line -> line.startsWith("Not started")).toList());
        } finally {
            System.setErr(original);
        }
    }

    @Test
    void aPortThatIsNotANumber() {
        Outcome outcome = start(Map.of("PORT", "eighty"));
        assertEquals(2, outcome.status());
        assertEquals(List.of("Not started: PORT must be a whole number from 0 to 65535, not 'eighty'"),
                outcome.errorLines());
    }

    @Test
    void aDatabaseUrlThatIsNotMariaDb() {
        Outcome outcome = start(Map.of("DATABASE_URL", "postgres://db/childstats"));
        assertEquals(2, outcome.status());
        assertTrue(outcome.errorLines().get(0).startsWith("Not started: DATABASE_URL must look like jdbc:mariadb://"));
    }

    @Test
    void anUnreachableDatabase() {
        long start = System.nanoTime();
        Outcome outcome = start(Map.of("DATABASE_URL", "jdbc:mariadb://127.0.0.1:9/childstats", "PORT", "0"));
        assertEquals(1, outcome.status());
        assertEquals(1, outcome.errorLines().size(), outcome.errorLines().toString());
        assertTrue(outcome.errorLines().get(0).startsWith(
                "Not started: could not use the database at jdbc:mariadb://127.0.0.1:9/childstats as 'root': "),
                outcome.errorLines().get(0));
        assertTrue((System.nanoTime() - start) / 1e9 < 10, "it took more than 10 s to give up");
    }

    @Test
    void anUnreachablePrimaryNamesBothDatabases() {
        Outcome outcome = start(Map.of("DATABASE_URL", "jdbc:mariadb://127.0.0.1:9/childstats",
                "IMPORT_DATABASE_URL", "jdbc:mariadb://127.0.0.1:7/childstats", "IMPORT_DATABASE_USER", "admin",
                "PORT", "0"));
        assertEquals(1, outcome.status());
        assertTrue(outcome.errorLines().get(0).startsWith("Not started: could not use the database at "
                + "jdbc:mariadb://127.0.0.1:9/childstats (read as 'root') or its primary at "
                + "jdbc:mariadb://127.0.0.1:7/childstats (written as 'admin'): "), outcome.errorLines().get(0));
    }

    @Test
    void wrongCredentials() {
        Outcome outcome = start(Map.of("DATABASE_URL", TestDatabase.jdbcUrl("bundled"), "DATABASE_USER", "nobody",
                "DATABASE_PASSWORD", "guess", "PORT", "0"));
        assertEquals(1, outcome.status());
        assertEquals(1, outcome.errorLines().size(), outcome.errorLines().toString());
        assertTrue(outcome.errorLines().get(0).contains("as 'nobody': ")
                && outcome.errorLines().get(0).contains("Access denied"), outcome.errorLines().get(0));
    }
}
