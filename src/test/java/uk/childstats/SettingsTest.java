package uk.childstats;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The settings a container or a replicated setup needs: passwords from secret files, and a separate primary. */
class SettingsTest {
    @TempDir
    Path folder;

    @Test
    void aPasswordFromASecretFileLosesItsLastLineBreak() throws IOException {
        Path secret = Files.writeString(folder.resolve("reader"), "s3cret pass\n");
        Settings settings = Settings.from(Map.of("DATABASE_URL", "jdbc:mariadb://db:3306/childstats",
                "DATABASE_USER", "childstats_reader", "DATABASE_PASSWORD_FILE", secret.toString(),
                "IMPORT_DATABASE_USER", "childstats_admin", "IMPORT_DATABASE_PASSWORD", "other"));
        assertEquals("s3cret pass", settings.webAccount().password());
        assertEquals("other", settings.importAccount().password());
    }

    @Test
    void aPasswordAndItsFileTogetherAreRefused() throws IOException {
        Path secret = Files.writeString(folder.resolve("admin"), "x");
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of(
                "IMPORT_DATABASE_PASSWORD", "y", "IMPORT_DATABASE_PASSWORD_FILE", secret.toString())));
        assertEquals("set IMPORT_DATABASE_PASSWORD or IMPORT_DATABASE_PASSWORD_FILE, not both", refused.getMessage());
    }

    @Test
    void aMissingSecretFileIsNamed() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of(
                "DATABASE_PASSWORD_FILE", "/run/secrets/nothing-here")));
        assertEquals("DATABASE_PASSWORD_FILE names a file that cannot be read: '/run/secrets/nothing-here'",
                refused.getMessage());
    }

    @Test
    void importsGoToTheDatabaseReadUnlessAPrimaryIsNamed() {
        String replica = "jdbc:mariadb://127.0.0.1:3307/childstats";
        String primary = "jdbc:mariadb://127.0.0.1:3306/childstats";
        assertEquals(Optional.of(replica), Settings.from(Map.of("DATABASE_URL", replica)).writerDatabaseUrl());
        Settings both = Settings.from(Map.of("DATABASE_URL", replica, "IMPORT_DATABASE_URL", primary));
        assertEquals(Optional.of(primary), both.writerDatabaseUrl());
        assertEquals(Optional.of(replica), both.databaseUrl());
        assertEquals(Optional.empty(), Settings.from(Map.of()).writerDatabaseUrl());
    }

    @Test
    void aPrimaryWithoutTheDatabaseReadIsRefused() {
        IllegalArgumentException refused = assertThrows(IllegalArgumentException.class, () -> Settings.from(Map.of(
                "IMPORT_DATABASE_URL", "jdbc:mariadb://127.0.0.1:3306/childstats")));
        assertEquals("IMPORT_DATABASE_URL needs DATABASE_URL too (the database the site reads)", refused.getMessage());
    }
}
