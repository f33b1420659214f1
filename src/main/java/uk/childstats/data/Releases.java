package uk.childstats.data;

import static uk.childstats.db.generated.Tables.DATA_RELEASE;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The import log. Its newest id is the data version: a page rendered for one version is valid until the next. */
public final class Releases {
    private Releases() {
    }

    static void record(DSLContext dsl, String dataset, String fileName, int rows) {
        record(dsl, dataset, fileName, rows, null);
    }

    static void record(DSLContext dsl, String dataset, String fileName, int rows, String sha256) {
        dsl.insertInto(DATA_RELEASE)
                .set(DATA_RELEASE.SHA256, sha256)
                .set(DATA_RELEASE.DATASET, dataset)
                .set(DATA_RELEASE.FILE_NAME, fileName)
                .set(DATA_RELEASE.ROW_COUNT, rows)
                .execute();
    }

    public static int currentVersion(DSLContext dsl) {
        Integer id = dsl.select(DSL.max(DATA_RELEASE.ID)).from(DATA_RELEASE).fetchOne(0, Integer.class);
        return id == null ? 0 : id;
    }

    /** When the newest import ran; the epoch when nothing has been imported. */
    public static Instant currentImportedAt(DSLContext dsl) {
        LocalDateTime at = dsl.select(DATA_RELEASE.IMPORTED_AT).from(DATA_RELEASE)
                .orderBy(DATA_RELEASE.ID.desc()).limit(1).fetchOne(DATA_RELEASE.IMPORTED_AT);
        return at == null ? Instant.EPOCH : at.atZone(ZoneId.systemDefault()).toInstant();
    }

    /** The SHA-256 of the files of a dataset's newest import; empty when none was recorded. */
    static java.util.Optional<String> lastChecksum(DSLContext dsl, String dataset) {
        return dsl.select(DATA_RELEASE.SHA256).from(DATA_RELEASE).where(DATA_RELEASE.DATASET.eq(dataset))
                .orderBy(DATA_RELEASE.ID.desc()).limit(1).fetchOptional(DATA_RELEASE.SHA256)
                .flatMap(java.util.Optional::ofNullable);
    }

    static void recordChecksumOfNewest(DSLContext dsl, String dataset, String sha256) {
        Integer newest = dsl.select(DSL.max(DATA_RELEASE.ID)).from(DATA_RELEASE)
                .where(DATA_RELEASE.DATASET.eq(dataset)).fetchOne(0, Integer.class);
        if (newest != null) {
            dsl.update(DATA_RELEASE).set(DATA_RELEASE.SHA256, sha256).where(DATA_RELEASE.ID.eq(newest)
                    .and(DATA_RELEASE.SHA256.isNull())).execute();
        }
    }

    public static boolean hasImported(DSLContext dsl, String dataset) {
        return dsl.fetchExists(DATA_RELEASE, DATA_RELEASE.DATASET.eq(dataset));
    }
}
