package uk.childstats.downloads;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import org.jooq.DSLContext;
import uk.childstats.data.Releases;

/** The data version (the newest import's id) and when it was imported: what a download's ETag is made of. */
public record DataVersion(int version, Instant importedAt) {

    public static DataVersion current(DSLContext dsl) {
        return new DataVersion(Releases.currentVersion(dsl), Releases.currentImportedAt(dsl));
    }

    /** A strong ETag per data version and address: a new import changes every download's tag. */
    public String etag(String path) {
        return "\"v" + version + "-" + Integer.toHexString(path.hashCode()) + "\"";
    }

    public String lastModified() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(importedAt.atOffset(ZoneOffset.UTC));
    }

    /** "2026-11-24", for metadata. */
    public String importedDate() {
        return importedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
