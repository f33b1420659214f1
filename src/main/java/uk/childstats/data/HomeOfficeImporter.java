package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;

/** Replaces the official series with a Home Office file, in one transaction: its quarters as imported, and years. */
final class HomeOfficeImporter {
    static final String DATASET = "home_office_offences";
    /** Rows per INSERT statement: MariaDB allows at most 65,535 values to a prepared statement. */
    private static final int ROWS_PER_INSERT = 2000;

    private HomeOfficeImporter() {
    }

    static int importFile(DSLContext dsl, String fileName, Reader reader, Consumer<String> notices)
            throws IOException, ImportRejected {
        LocalDate released = HomeOfficeRelease.require(fileName);
        List<HomeOfficeRow> rows = HomeOfficeFile.read(fileName, reader, reference(dsl));
        List<String> gaps = HomeOfficeYears.gaps(rows);
        if (!gaps.isEmpty()) {
            throw new ImportRejected(fileName, gaps);
        }
        SortedSet<FinancialYear> years = HomeOfficeYears.completeYears(rows);
        HomeOfficeYears.unpublishedYears(rows, years).forEach(notices);
        List<HomeOfficeYears.YearCount> counts = HomeOfficeYears.counts(fileName, rows, years);
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(OFFICIAL_COUNT).execute();
            t.deleteFrom(OFFICIAL_QUARTER).execute();
            t.deleteFrom(OFFICIAL_RELEASE).execute();
            int releaseId = t.insertInto(OFFICIAL_RELEASE).set(OFFICIAL_RELEASE.NAME, HomeOfficeRelease.NAME)
                    .set(OFFICIAL_RELEASE.PUBLISHED, released).set(OFFICIAL_RELEASE.FILE_NAME, fileName)
                    .returning(OFFICIAL_RELEASE.ID).fetchSingle().getId();
            insertQuarters(t, releaseId, rows);
            Years.ensure(t, years.stream());
            insertCounts(t, releaseId, counts);
            Releases.record(t, DATASET, fileName, rows.size());
        });
        return rows.size();
    }

    private static HomeOfficeFile.Reference reference(DSLContext dsl) {
        Map<String, String> slugs = dsl.select(AREA.HOME_OFFICE_NAME, AREA.SLUG).from(AREA)
                .where(AREA.HOME_OFFICE_NAME.isNotNull()).fetchMap(AREA.HOME_OFFICE_NAME, AREA.SLUG);
        Set<String> codes = Set.copyOf(dsl.select(OFFENCE_CODE_GROUP.OFFENCE_CODE).from(OFFENCE_CODE_GROUP)
                .fetch(OFFENCE_CODE_GROUP.OFFENCE_CODE));
        return new HomeOfficeFile.Reference(slugs, codes);
    }

    private static void insertQuarters(DSLContext dsl, int releaseId, List<HomeOfficeRow> rows) {
        for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
            var insert = dsl.insertInto(OFFICIAL_QUARTER, OFFICIAL_QUARTER.RELEASE_ID, OFFICIAL_QUARTER.LINE_NUMBER,
                    OFFICIAL_QUARTER.YEAR_LABEL, OFFICIAL_QUARTER.QUARTER, OFFICIAL_QUARTER.AREA_SLUG,
                    OFFICIAL_QUARTER.OFFENCE_CODE, OFFICIAL_QUARTER.OFFENCE_DESCRIPTION, OFFICIAL_QUARTER.OFFENCE_GROUP,
                    OFFICIAL_QUARTER.OFFENCE_SUBGROUP, OFFICIAL_QUARTER.OFFENCES);
            for (HomeOfficeRow row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(releaseId, row.line(), row.year().label(), row.quarter(), row.areaSlug(),
                        row.offenceCode(), row.offenceDescription(), row.offenceGroup(), row.offenceSubgroup(),
                        row.offences());
            }
            insert.execute();
        }
    }

    private static void insertCounts(DSLContext dsl, int releaseId, List<HomeOfficeYears.YearCount> counts) {
        for (int from = 0; from < counts.size(); from += ROWS_PER_INSERT) {
            var insert = dsl.insertInto(OFFICIAL_COUNT, OFFICIAL_COUNT.RELEASE_ID, OFFICIAL_COUNT.AREA_SLUG,
                    OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE, OFFICIAL_COUNT.OFFENCES);
            for (HomeOfficeYears.YearCount count : counts.subList(from, Math.min(counts.size(), from + ROWS_PER_INSERT))) {
                insert = insert.values(releaseId, count.key().areaSlug(), count.key().year().label(),
                        count.key().offenceCode(), Math.toIntExact(count.offences()));
            }
            insert.execute();
        }
    }
}
