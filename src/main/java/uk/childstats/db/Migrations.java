package uk.childstats.db;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashSet;
import java.util.Set;
import java.util.TreeSet;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import javax.sql.DataSource;

/**
 * The migration scripts of sql/ in the build, and which of them the database has not run. On a cold JVM Flyway takes
 * about a second of CPU before it looks at the database, a fifth of a start, though almost every start finds nothing
 * to do; so a start asks Flyway only when this finds a script pending. Flyway then runs, and checks every applied
 * script against its recorded checksum, as it does on every new database (each test's among them).
 */
final class Migrations {
    static final String FOLDER = "db/migration";
    static final String HISTORY_TABLE = "flyway_schema_history";
    private static final Pattern VERSIONED = Pattern.compile("V(\\d+(?:[._]\\d+)*)__[^/]+\\.sql");

    private Migrations() {
    }

    /** The versions of the scripts in the build, as Flyway records them: "V1_2__name.sql" is "1.2". */
    static Set<String> bundled() {
        Path code = codeLocation();
        try {
            Set<String> versions = new TreeSet<>();
            if (Files.isDirectory(code)) {
                try (Stream<Path> files = Files.list(code.resolve(FOLDER))) {
                    files.forEach(file -> addVersion(versions, file.getFileName().toString()));
                }
            } else {
                try (JarFile jar = new JarFile(code.toFile())) {
                    jar.stream().map(JarEntry::getName).filter(name -> name.startsWith(FOLDER + "/"))
                            .forEach(name -> addVersion(versions, name.substring(FOLDER.length() + 1)));
                }
            }
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException("Could not list the migration scripts in " + code, e);
        }
    }

    /** Whether the database behind this pool has a bundled script to run, or cannot be asked (Flyway says why). */
    static boolean anyPending(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return !pending(connection, bundled()).isEmpty();
        } catch (SQLException noAnswer) {
            return true;
        }
    }

    /**
     * The bundled versions the database has not recorded as applied: all of them when it has no history yet. A
     * failed migration in the history makes every version pending, so that Flyway, not this, says what is wrong.
     */
    static Set<String> pending(Connection connection, Set<String> bundled) {
        Set<String> applied = new HashSet<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT version, success FROM " + HISTORY_TABLE)) {
            while (rows.next()) {
                if (!rows.getBoolean(2)) {
                    return bundled;
                }
                applied.add(rows.getString(1));
            }
        } catch (SQLException noHistory) {
            return bundled;
        }
        Set<String> pending = new TreeSet<>(bundled);
        pending.removeAll(applied);
        return pending;
    }

    private static void addVersion(Set<String> versions, String fileName) {
        Matcher script = VERSIONED.matcher(fileName);
        if (script.matches()) {
            versions.add(script.group(1).replace('_', '.'));
        }
    }

    /** The jar the site runs from, or the classes folder in development and tests. */
    private static Path codeLocation() {
        try {
            return Path.of(Migrations.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Cannot tell where the site's code is", e);
        }
    }
}
