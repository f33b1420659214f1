package uk.childstats.db;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.NetworkInterface;
import java.net.Socket;
import java.net.SocketException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/** The embedded database lets in only its two accounts, with their passwords, from this machine; the web app's cannot write. */
class EmbeddedLockdownTest {
    private final EmbeddedMariaDb server = TestDatabase.server();

    private Connection connect(String user, String password) throws SQLException {
        return DriverManager.getConnection(server.jdbcUrl("bundled"), user, password);
    }

    @Test
    void listensOnLoopbackOnly() throws Exception {
        try (Connection admin = connect(server.admin().user(), server.admin().password());
                ResultSet row = admin.createStatement().executeQuery("SELECT @@bind_address")) {
            row.next();
            assertEquals("127.0.0.1", row.getString(1));
        }
        List<InetAddress> outside = nonLoopbackAddresses();
        assertFalse(outside.isEmpty(), "this test needs an address other than loopback to try from");
        for (InetAddress address : outside) {
            assertThrows(ConnectException.class, () -> {
                try (Socket socket = new Socket()) {
                    socket.connect(new InetSocketAddress(address, server.port()), 2000);
                }
            }, "the database answered on " + address);
        }
    }

    @Test
    void grantTablesAreOn() throws Exception {
        try (Connection admin = connect(server.admin().user(), server.admin().password());
                ResultSet row = admin.createStatement().executeQuery("SELECT @@skip_grant_tables")) {
            row.next();
            assertEquals(0, row.getInt(1));
        }
    }

    @Test
    void noAccountGetsInWithoutItsPassword() {
        for (String[] attempt : new String[][] {
                {"root", ""}, {"", ""}, {"anyone", "anything"}, {server.admin().user(), ""},
                {server.admin().user(), "wrong"}, {server.reader().user(), ""}, {"mysql", ""}}) {
            assertThrows(SQLException.class, () -> connect(attempt[0], attempt[1]).close(),
                    "user '" + attempt[0] + "' got in with password '" + attempt[1] + "'");
        }
    }

    @Test
    void theWebAppsAccountCanReadButNotWrite() throws Exception {
        TestDatabase.withBundledData();
        try (Connection reader = connect(server.reader().user(), server.reader().password())) {
            try (ResultSet count = reader.createStatement().executeQuery("SELECT COUNT(*) FROM figure")) {
                count.next();
                assertEquals(711, count.getInt(1));
            }
            for (String write : List.of(
                    "DELETE FROM figure",
                    "UPDATE figure SET value = 0",
                    "INSERT INTO area (slug) VALUES ('x')",
                    "DROP TABLE figure",
                    "CREATE TABLE stolen (id INT)",
                    "CREATE DATABASE other",
                    "SELECT * FROM mysql.global_priv")) {
                assertThrows(SQLException.class, () -> reader.createStatement().execute(write), write);
            }
        }
    }

    @Test
    void thePasswordsAreKeptWhereOnlyTheOwnerCanReadThem() throws IOException {
        Path file = Path.of("target", "test-mariadb", EmbeddedAccounts.FILE_NAME);
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(file)));
        String text = Files.readString(file);
        assertTrue(text.contains(server.admin().password()) && text.contains(server.reader().password()));
        assertFalse(Files.exists(Path.of("target", "test-mariadb", "init-accounts.sql")),
                "the init file with the passwords was left behind");
    }

    private static List<InetAddress> nonLoopbackAddresses() throws SocketException {
        return Collections.list(NetworkInterface.getNetworkInterfaces()).stream()
                .flatMap(NetworkInterface::inetAddresses)
                .filter(address -> !address.isLoopbackAddress() && !address.isLinkLocalAddress())
                .toList();
    }
}
