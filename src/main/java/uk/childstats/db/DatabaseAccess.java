package uk.childstats.db;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Where the site's database is, and its two accounts: one that writes (migrations and imports) and one that only
 * reads (the web app). With no DATABASE_URL it starts the embedded MariaDB and stops it on close.
 */
public final class DatabaseAccess implements AutoCloseable {
    public static final String EMBEDDED_SCHEMA = "childstats";
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseAccess.class);
    private static final Duration SUPERVISION = Duration.ofSeconds(2);

    private final String url;
    private final String writerUrl;
    private final Account writer;
    private final Account reader;
    private final Optional<EmbeddedMariaDb> embedded;

    private DatabaseAccess(String url, String writerUrl, Account writer, Account reader,
            Optional<EmbeddedMariaDb> embedded) {
        this.url = url;
        this.writerUrl = writerUrl;
        this.writer = writer;
        this.reader = reader;
        this.embedded = embedded;
    }

    /**
     * The database at url (DATABASE_URL) with the two accounts, or else the embedded one in embeddedDir. The writer
     * goes to writerUrl: the same database, or the primary of a replica that url names (IMPORT_DATABASE_URL).
     */
    public static DatabaseAccess of(Optional<String> url, Optional<String> writerUrl, Account importAccount,
            Account webAccount, Path embeddedDir) {
        if (url.isPresent()) {
            return new DatabaseAccess(url.get(), writerUrl.orElse(url.get()), importAccount, webAccount,
                    Optional.empty());
        }
        long start = System.nanoTime();
        EmbeddedMariaDb server = EmbeddedMariaDb.start(embeddedDir).supervised(SUPERVISION);
        server.createSchema(EMBEDDED_SCHEMA);
        LOG.info("Embedded MariaDB ready on 127.0.0.1:{} in {} s", server.port(),
                String.format("%.1f", (System.nanoTime() - start) / 1e9));
        String embeddedUrl = server.jdbcUrl(EMBEDDED_SCHEMA);
        return new DatabaseAccess(embeddedUrl, embeddedUrl, server.admin(), server.reader(), Optional.of(server));
    }

    /** A pool for the import and migrations; close it when the import is done. */
    public Database writer() {
        return Database.migrated(writerUrl, writer);
    }

    /** The pool the web app reads through. */
    public Database reader() {
        return Database.readOnly(url, reader);
    }

    @Override
    public void close() {
        embedded.ifPresent(EmbeddedMariaDb::close);
    }
}
