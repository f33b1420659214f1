package uk.childstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.DATA_RELEASE;
import static uk.childstats.db.generated.Tables.FIGURE;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.childstats.db.Account;
import uk.childstats.support.FoiFiles;
import uk.childstats.support.TestDatabase;

/**
 * The start as an operator runs it, through Main and its environment: PORT, EXIT_URL, the two database accounts,
 * EMBEDDED_DATABASE_DIR, the import of the bundled data on a first start, and nothing imported into a database
 * that already holds it.
 */
class MainSettingsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final String EXIT = "https://exit.example.org/somewhere-else";

    private static int freePort() throws Exception {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static Document page(int port, String path) throws Exception {
        HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, response.statusCode(), path);
        return Jsoup.parse(response.body());
    }

    private static String checksums(DSLContext dsl) {
        var tables = dsl.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = DATABASE()"
                + " ORDER BY table_name").getValues(0, String.class);
        return dsl.fetch("CHECKSUM TABLE " + tables.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                .formatCSV();
    }

    /** A start against the imported database: it serves on PORT, with EXIT_URL, as the reader, and imports nothing. */
    @Test
    void aStartAgainstAnImportedDatabaseUsesItsSettingsAndLeavesTheDataAlone() throws Exception {
        DSLContext dsl = TestDatabase.withBundledData().dsl();
        String before = checksums(dsl);
        int imports = dsl.fetchCount(DATA_RELEASE);
        Account reader = TestDatabase.server().reader();
        Account admin = TestDatabase.server().admin();
        int port = freePort();
        int status = Main.run(new String[0], Map.of("PORT", String.valueOf(port), "EXIT_URL", EXIT,
                "DATABASE_URL", TestDatabase.jdbcUrl("bundled"), "DATABASE_USER", reader.user(),
                "DATABASE_PASSWORD", reader.password(), "IMPORT_DATABASE_USER", admin.user(),
                "IMPORT_DATABASE_PASSWORD", admin.password()));
        assertEquals(Main.RUNNING, status, "the site did not start");
        Document dorset = page(port, "/forces/dorset-police");
        assertEquals(EXIT, dorset.getElementById("exit-this-page-button").attr("href"));
        assertTrue(dorset.text().contains(uk.childstats.support.Numbers.uk(
                FoiFiles.total("Dorset Police", "2014/15").orElseThrow())));
        assertEquals(imports, dsl.fetchCount(DATA_RELEASE), "a start with the data already imported imports nothing");
        assertEquals(before, checksums(dsl), "a start with the data already imported changes no table");
    }

    /** The first start against an empty database imports every bundled file before it serves. */
    @Test
    void aFirstStartImportsTheBundledData() throws Exception {
        DSLContext empty = TestDatabase.freshSchema("first_start").dsl();
        assertEquals(0, empty.fetchCount(FIGURE));
        Account admin = TestDatabase.server().admin();
        int port = freePort();
        int status = Main.run(new String[0], Map.of("PORT", String.valueOf(port), "DATABASE_URL",
                TestDatabase.jdbcUrl("first_start"), "DATABASE_USER", admin.user(), "DATABASE_PASSWORD", admin.password()));
        assertEquals(Main.RUNNING, status, "the site did not start");
        assertEquals(uk.childstats.support.HomeOfficeCsv.records(FoiFiles.FIGURES).size(), empty.fetchCount(FIGURE));
        Document home = page(port, "/");
        assertTrue(home.selectFirst(".headline-number").text().equals(uk.childstats.support.Numbers.uk(
                FoiFiles.latestTotal("All UK forces").orElseThrow().getValue())));
        assertEquals(Settings.DEFAULT_EXIT_URL, home.getElementById("exit-this-page-button").attr("href"),
                "without EXIT_URL the exit goes to the documented default");
    }

    @Test
    void theEmbeddedDatabaseLivesWhereEmbeddedDatabaseDirSays() {
        assertEquals(Path.of("/srv/childstats/db"),
                Settings.from(Map.of("EMBEDDED_DATABASE_DIR", "/srv/childstats/db")).embeddedDatabaseDir());
        assertEquals(Path.of(".data", "mariadb").toAbsolutePath(), Settings.from(Map.of()).embeddedDatabaseDir());
        assertEquals(7070, Settings.from(Map.of()).port());
    }
}
