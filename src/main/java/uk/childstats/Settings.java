package uk.childstats;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/** Everything the app reads from its environment, read once at start. */
public record Settings(
        int port,
        Optional<String> databaseUrl,
        String databaseUser,
        String databasePassword,
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
                env.getOrDefault("DATABASE_USER", "root"),
                env.getOrDefault("DATABASE_PASSWORD", ""),
                Path.of(env.getOrDefault("EMBEDDED_DATABASE_DIR", ".data/mariadb")).toAbsolutePath(),
                env.getOrDefault("EXIT_URL", DEFAULT_EXIT_URL),
                env.getOrDefault("SITE_URL", "").replaceAll("/+$", ""));
    }

    public Settings withPort(int newPort) {
        return new Settings(newPort, databaseUrl, databaseUser, databasePassword, embeddedDatabaseDir, exitUrl, siteUrl);
    }

    public Settings withExitUrl(String newExitUrl) {
        return new Settings(port, databaseUrl, databaseUser, databasePassword, embeddedDatabaseDir, newExitUrl, siteUrl);
    }
}
