package uk.childstats.db;

import static uk.childstats.db.generated.Tables.DATA_RELEASE;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/** The connection pool, the migrations in sql/, and the jOOQ context everything else queries through. */
public final class Database implements AutoCloseable {
    static {
        System.setProperty("org.jooq.no-logo", "true");
        System.setProperty("org.jooq.no-tips", "true");
    }

    private static final String MIGRATIONS = "classpath:" + Migrations.FOLDER;
    private final HikariDataSource dataSource;
    private final DSLContext dsl;

    private Database(HikariDataSource dataSource) {
        this.dataSource = dataSource;
        this.dsl = DSL.using(dataSource, SQLDialect.MARIADB);
    }

    /**
     * Connects with an account that may write, and brings the schema up to the latest migration: through Flyway
     * when a script is pending (see {@link Migrations} for why only then).
     */
    public static Database migrated(String url, Account account) {
        HikariDataSource dataSource = pool(url, account, "childstats-writer", false);
        try {
            if (Migrations.anyPending(dataSource)) {
                Flyway.configure().dataSource(dataSource).locations(MIGRATIONS).load().migrate();
            }
        } catch (RuntimeException e) {
            dataSource.close();
            throw e;
        }
        return new Database(dataSource);
    }

    /**
     * Loads and sets up jOOQ without a database. On a cold JVM its first query takes longer than the queries of the
     * import check themselves (about 1,200 classes), so a start does this while the database is starting.
     */
    public static void preload() {
        DSL.using(SQLDialect.MARIADB).render(DSL.select(DATA_RELEASE.ID).from(DATA_RELEASE)
                .where(DATA_RELEASE.DATASET.eq("")).orderBy(DATA_RELEASE.ID.desc()).limit(1));
    }

    /** Connects with the web app's account, which can only read; the schema must already be migrated. */
    public static Database readOnly(String url, Account account) {
        return new Database(pool(url, account, "childstats-reader", true));
    }

    private static HikariDataSource pool(String url, Account account, String name, boolean readOnly) {
        HikariConfig config = new HikariConfig();
        config.setReadOnly(readOnly);
        config.setJdbcUrl(url);
        config.setUsername(account.user());
        config.setPassword(account.password());
        config.setMaximumPoolSize(8);
        config.setPoolName(name);
        // An outage must cost a request about a second, not Hikari's default 30: then it answers 503.
        config.setConnectionTimeout(1000);
        config.setValidationTimeout(500);
        config.addDataSourceProperty("connectTimeout", "1000");
        return new HikariDataSource(config);
    }

    public DSLContext dsl() {
        return dsl;
    }

    @Override
    public void close() {
        dataSource.close();
    }
}
