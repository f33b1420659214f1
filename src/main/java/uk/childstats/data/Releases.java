package uk.childstats.data;

import static uk.childstats.db.generated.Tables.DATA_RELEASE;

import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/** The import log. Its newest id is the data version: a page rendered for one version is valid until the next. */
public final class Releases {
    private Releases() {
    }

    static void record(DSLContext dsl, String dataset, String fileName, int rows) {
        dsl.insertInto(DATA_RELEASE)
                .set(DATA_RELEASE.DATASET, dataset)
                .set(DATA_RELEASE.FILE_NAME, fileName)
                .set(DATA_RELEASE.ROW_COUNT, rows)
                .execute();
    }

    public static int currentVersion(DSLContext dsl) {
        Integer id = dsl.select(DSL.max(DATA_RELEASE.ID)).from(DATA_RELEASE).fetchOne(0, Integer.class);
        return id == null ? 0 : id;
    }

    public static boolean hasImported(DSLContext dsl, String dataset) {
        return dsl.fetchExists(DATA_RELEASE, DATA_RELEASE.DATASET.eq(dataset));
    }
}
