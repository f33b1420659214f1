package uk.childstats.db;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;

/**
 * The embedded database's two accounts and their generated passwords, kept in a file beside its data that only
 * the owner can read, and the SQL that makes the server's accounts match that file at every start.
 */
record EmbeddedAccounts(Account admin, Account reader) {
    static final String FILE_NAME = "accounts.properties";
    private static final SecureRandom RANDOM = new SecureRandom();

    static EmbeddedAccounts loadOrCreate(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                write(file, new EmbeddedAccounts(new Account("childstats_admin", newPassword()),
                        new Account("childstats_reader", newPassword())));
            }
            Properties properties = new Properties();
            try (Reader in = Files.newBufferedReader(file)) {
                properties.load(in);
            }
            return new EmbeddedAccounts(
                    new Account("childstats_admin", properties.getProperty("admin.password")),
                    new Account("childstats_reader", properties.getProperty("reader.password")));
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read or write " + file, e);
        }
    }

    /** Hex only, so a password never needs quoting in SQL. */
    private static String newPassword() {
        byte[] bytes = new byte[24];
        RANDOM.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    private static void write(Path file, EmbeddedAccounts accounts) throws IOException {
        Files.createDirectories(file.getParent());
        Files.deleteIfExists(file);
        Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        Properties properties = new Properties();
        properties.setProperty("admin.password", accounts.admin().password());
        properties.setProperty("reader.password", accounts.reader().password());
        try (Writer out = Files.newBufferedWriter(file)) {
            properties.store(out, "Passwords of the embedded MariaDB's accounts; generated, keep private");
        }
    }

    /**
     * Run by the server at start (--init-file) with full rights: no anonymous accounts, the admin and the
     * read-only account reachable from 127.0.0.1 only, with the passwords in the file.
     */
    List<String> initSql() {
        return List.of(
                "DELETE FROM mysql.global_priv WHERE User = ''",
                "FLUSH PRIVILEGES",
                createOrUpdate(admin),
                "GRANT ALL PRIVILEGES ON *.* TO '" + admin.user() + "'@'127.0.0.1' WITH GRANT OPTION",
                createOrUpdate(reader));
    }

    /** Two statements so that an existing account keeps its grants. */
    private static String createOrUpdate(Account account) {
        String name = "'" + account.user() + "'@'127.0.0.1' IDENTIFIED BY '" + account.password() + "'";
        return "CREATE USER IF NOT EXISTS " + name + ";\nALTER USER " + name;
    }
}
