package uk.childstats;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import uk.childstats.db.Account;

/** Everything the app reads from its environment, read once at start. */
public record Settings(
        int port,
        Optional<String> databaseUrl,
        Account webAccount,
        Account importAccount,
        Path embeddedDatabaseDir,
        String exitUrl,
        String siteUrl) {

    public static final String DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    public static Settings from(Map<String, String> env) {
        return new Settings(
                Integer.parseInt(env.getOrDefault("PORT", "7070")),
                Optional.ofNullable(env.get("DATABASE_URL")).filter(url -> !url.isBlank()),
                webAccount(env),
                importAccount(env),
                Path.of(env.getOrDefault("EMBEDDED_DATABASE_DIR", ".data/mariadb")).toAbsolutePath(),
                env.getOrDefault("EXIT_URL", DEFAULT_EXIT_URL),
                env.getOrDefault("SITE_URL", "").replaceAll("/+$", ""));
    }

    /** The web app's account on an external database: it needs only SELECT. */
    private static Account webAccount(Map<String, String> env) {
        return new Account(env.getOrDefault("DATABASE_USER", "root"), env.getOrDefault("DATABASE_PASSWORD", ""));
    }

    /** The account that migrates and imports; the web app's account if none is given. */
    private static Account importAccount(Map<String, String> env) {
        Account web = webAccount(env);
        return new Account(env.getOrDefault("IMPORT_DATABASE_USER", web.user()),
                env.getOrDefault("IMPORT_DATABASE_PASSWORD", web.password()));
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, databaseUrl, webAccount, importAccount, embeddedDatabaseDir, exitUrl, siteUrl);
    }

    public Settings withExitUrl(String newExitUrl) {
        return new Settings(port, databaseUrl, webAccount, importAccount, embeddedDatabaseDir, newExitUrl, siteUrl);
    }
}
