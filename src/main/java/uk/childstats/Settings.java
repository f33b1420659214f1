package uk.childstats;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import uk.childstats.db.Account;

/** Everything the app reads from its environment, read once at start. */
public record Settings(
        int port,
        Optional<String> databaseUrl,
        Optional<String> importDatabaseUrl,
        Account webAccount,
        Account importAccount,
        Path embeddedDatabaseDir,
        String exitUrl,
        String siteUrl) {

    public static final String DEFAULT_EXIT_URL = "https://www.bbc.co.uk/weather";

    public static Settings fromEnvironment() {
        return from(System.getenv());
    }

    /** The settings, or an IllegalArgumentException whose message names the variable and what it must be. */
    public static Settings from(Map<String, String> env) {
        return new Settings(
                port(env.getOrDefault("PORT", "7070")),
                databaseUrl("DATABASE_URL", env.get("DATABASE_URL")),
                importDatabaseUrl(env),
                webAccount(env),
                importAccount(env),
                Path.of(env.getOrDefault("EMBEDDED_DATABASE_DIR", ".data/mariadb")).toAbsolutePath(),
                webAddress("EXIT_URL", env.getOrDefault("EXIT_URL", DEFAULT_EXIT_URL)),
                webAddress("SITE_URL", env.getOrDefault("SITE_URL", "")).replaceAll("/+$", ""));
    }

    private static int port(String text) {
        try {
            int port = Integer.parseInt(text.trim());
            if (port >= 0 && port <= 65_535) {
                return port;
            }
        } catch (NumberFormatException e) {
            // said below
        }
        throw new IllegalArgumentException("PORT must be a whole number from 0 to 65535, not '" + text + "'");
    }

    private static Optional<String> databaseUrl(String name, String url) {
        if (url == null || url.isBlank()) {
            return Optional.empty();
        }
        if (!url.startsWith("jdbc:mariadb://")) {
            throw new IllegalArgumentException(name + " must look like jdbc:mariadb://host:3306/childstats, not '"
                    + url + "'");
        }
        return Optional.of(url);
    }

    /** Where migrations and imports write (a replicated setup's primary), if not DATABASE_URL. */
    private static Optional<String> importDatabaseUrl(Map<String, String> env) {
        Optional<String> url = databaseUrl("IMPORT_DATABASE_URL", env.get("IMPORT_DATABASE_URL"));
        if (url.isPresent() && databaseUrl("DATABASE_URL", env.get("DATABASE_URL")).isEmpty()) {
            throw new IllegalArgumentException("IMPORT_DATABASE_URL needs DATABASE_URL too (the database the site "
                    + "reads)");
        }
        return url;
    }

    private static String webAddress(String name, String value) {
        if (!value.isEmpty() && !value.startsWith("https://") && !value.startsWith("http://")) {
            throw new IllegalArgumentException(name + " must be an http:// or https:// address, not '" + value + "'");
        }
        return value;
    }

    /** The web app's account on an external database: it needs only SELECT. */
    private static Account webAccount(Map<String, String> env) {
        return new Account(env.getOrDefault("DATABASE_USER", "root"), password(env, "DATABASE_PASSWORD", ""));
    }

    /** The account that migrates and imports; the web app's account if none is given. */
    private static Account importAccount(Map<String, String> env) {
        Account web = webAccount(env);
        return new Account(env.getOrDefault("IMPORT_DATABASE_USER", web.user()),
                password(env, "IMPORT_DATABASE_PASSWORD", web.password()));
    }

    /** A password from NAME, or from the file NAME_FILE names (a container secret), without its last line break. */
    private static String password(Map<String, String> env, String name, String otherwise) {
        String file = env.get(name + "_FILE");
        if (file == null || file.isEmpty()) {
            return env.getOrDefault(name, otherwise);
        }
        if (env.containsKey(name)) {
            throw new IllegalArgumentException("set " + name + " or " + name + "_FILE, not both");
        }
        try {
            return Files.readString(Path.of(file)).replaceAll("\\R+$", "");
        } catch (IOException | RuntimeException e) {
            throw new IllegalArgumentException(name + "_FILE names a file that cannot be read: '" + file + "'");
        }
    }

    /** The database that migrations and imports write to. */
    public Optional<String> writerDatabaseUrl() {
        return importDatabaseUrl.or(() -> databaseUrl);
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, databaseUrl, importDatabaseUrl, webAccount, importAccount, embeddedDatabaseDir,
                exitUrl, siteUrl);
    }

    public Settings withExitUrl(String newExitUrl) {
        return new Settings(port, databaseUrl, importDatabaseUrl, webAccount, importAccount, embeddedDatabaseDir,
                newExitUrl, siteUrl);
    }
}
