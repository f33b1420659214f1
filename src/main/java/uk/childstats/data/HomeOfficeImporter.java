package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE_COUNT;

import java.io.IOException;
import java.io.Reader;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.function.Consumer;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import uk.childstats.figures.FinancialYear;
import uk.childstats.db.generated.tables.records.OfficialReleaseRecord;

/**
 * Imports a Home Office file as a new release, in one transaction. The figures shown are replaced by the new
 * release's; every release's yearly counts stay on record, so what a release revised can always be listed.
 */
final class HomeOfficeImporter {
    static final String DATASET = "home_office_offences";
    /** Rows per INSERT statement: MariaDB allows at most 65,535 values to a prepared statement. */
    private static final int ROWS_PER_INSERT = 2000;
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private HomeOfficeImporter() {
    }

    static String releaseName(LocalDate published) {
        return "Home Office police recorded crime, release of " + DAY.format(published);
    }

    static int importFile(DSLContext dsl, String fileName, String sha256, Reader reader, boolean force,
                          Consumer<String> notices) throws IOException, ImportRejected {
        return importFile(dsl, fileName, sha256, reader, force, notices, ImportProgress.silent());
    }

    /** With progress lines while the file is read. */
    static int importFile(DSLContext dsl, String fileName, String sha256, Reader reader, boolean force,
                          Consumer<String> notices, ImportProgress progress) throws IOException, ImportRejected {
        long started = System.nanoTime();
        LocalDate released = HomeOfficeRelease.require(fileName);
        OfficialReleaseRecord current = dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID.desc()).limit(1)
                .fetchOne();
        if (current != null && sha256.equals(current.getSha256())) {
            notices.accept(fileName + " is the release already shown (" + releaseName(current.getPublished())
                    + ", same SHA-256): nothing to do");
            return 0;
        }
        List<HomeOfficeRow> rows = HomeOfficeFile.read(fileName, reader, reference(dsl), progress);
        notices.accept(progress("read and checked", rows.size(), started));
        List<String> gaps = HomeOfficeYears.gaps(rows);
        if (!gaps.isEmpty()) {
            throw new ImportRejected(fileName, gaps);
        }
        SortedSet<FinancialYear> years = HomeOfficeYears.completeYears(rows);
        HomeOfficeYears.unpublishedYears(rows, years).forEach(notices);
        List<HomeOfficeYears.YearCount> counts = HomeOfficeYears.counts(fileName, rows, years);
        // Checked once the file itself is known to be sound, so a bad file reports its own lines first.
        if (current != null && current.getPublished().isAfter(released) && !force) {
            throw new ImportRejected(fileName, List.of("this is the " + releaseName(released) + ", older than the "
                    + releaseName(current.getPublished()) + " the site shows: importing it would put earlier figures "
                    + "back in place of revised ones. Import with --force if that is really meant"));
        }
        ReleaseChanges changes = ReleaseChanges.between(
                current == null ? Map.of() : totalsOf(dsl, current.getId()), ReleaseChanges.totals(counts));
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(OFFICIAL_COUNT).execute();
            t.deleteFrom(OFFICIAL_QUARTER).execute();
            int releaseId = t.insertInto(OFFICIAL_RELEASE).set(OFFICIAL_RELEASE.NAME, HomeOfficeRelease.NAME)
                    .set(OFFICIAL_RELEASE.PUBLISHED, released).set(OFFICIAL_RELEASE.FILE_NAME, fileName)
                    .set(OFFICIAL_RELEASE.SHA256, sha256)
                    .set(OFFICIAL_RELEASE.FIGURES_ADDED, changes.added())
                    .set(OFFICIAL_RELEASE.FIGURES_REVISED, changes.revised())
                    .set(OFFICIAL_RELEASE.FIGURES_WITHDRAWN, changes.withdrawn())
                    .returning(OFFICIAL_RELEASE.ID).fetchSingle().getId();
            insertQuarters(t, releaseId, rows);
            Years.ensure(t, years.stream());
            insertCounts(t, releaseId, counts);
            Releases.record(t, DATASET, fileName, rows.size(), sha256);
        });
        notices.accept(summary(released, current, rows.size(), years, changes, started));
        return rows.size();
    }

    private static String progress(String done, int rows, long started) {
        double seconds = Math.max(1e-3, (System.nanoTime() - started) / 1e9);
        return String.format(Locale.UK, "%,d rows %s in %.1f s (%,d rows a second)", rows, done, seconds,
                Math.round(rows / seconds));
    }

    private static String summary(LocalDate released, OfficialReleaseRecord previous, int rows,
                                  SortedSet<FinancialYear> years, ReleaseChanges changes, long started) {
        String against = previous == null ? "the first release of the series, so nothing was revised"
                : String.format(Locale.UK, "against the %s, %,d force-year figure(s) added, %,d revised and %,d "
                        + "withdrawn", releaseName(previous.getPublished()), changes.added(), changes.revised(),
                        changes.withdrawn());
        return releaseName(released) + ": " + progress("imported", rows, started) + "; complete years "
                + years.first().label() + " to " + years.last().label() + "; " + against + ".";
    }

    private static Map<ReleaseChanges.ForceYear, Long> totalsOf(DSLContext dsl, int releaseId) {
        Map<ReleaseChanges.ForceYear, Long> totals = new HashMap<>();
        for (Record r : dsl.select(OFFICIAL_RELEASE_COUNT.AREA_SLUG, OFFICIAL_RELEASE_COUNT.YEAR_LABEL,
                        DSL.sum(OFFICIAL_RELEASE_COUNT.OFFENCES))
                .from(OFFICIAL_RELEASE_COUNT).where(OFFICIAL_RELEASE_COUNT.RELEASE_ID.eq(releaseId))
                .groupBy(OFFICIAL_RELEASE_COUNT.AREA_SLUG, OFFICIAL_RELEASE_COUNT.YEAR_LABEL).fetch()) {
            totals.put(new ReleaseChanges.ForceYear(r.get(0, String.class), r.get(1, String.class)),
                    r.get(2, Long.class));
        }
        return totals;
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

    /** The counts shown, and the same counts kept on record under their release. */
    private static void insertCounts(DSLContext dsl, int releaseId, List<HomeOfficeYears.YearCount> counts) {
        for (int from = 0; from < counts.size(); from += ROWS_PER_INSERT) {
            var shown = dsl.insertInto(OFFICIAL_COUNT, OFFICIAL_COUNT.RELEASE_ID, OFFICIAL_COUNT.AREA_SLUG,
                    OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE, OFFICIAL_COUNT.OFFENCES);
            var kept = dsl.insertInto(OFFICIAL_RELEASE_COUNT, OFFICIAL_RELEASE_COUNT.RELEASE_ID,
                    OFFICIAL_RELEASE_COUNT.AREA_SLUG, OFFICIAL_RELEASE_COUNT.YEAR_LABEL,
                    OFFICIAL_RELEASE_COUNT.OFFENCE_CODE, OFFICIAL_RELEASE_COUNT.OFFENCES);
            for (HomeOfficeYears.YearCount count : counts.subList(from, Math.min(counts.size(), from + ROWS_PER_INSERT))) {
                int offences = Math.toIntExact(count.offences());
                shown = shown.values(releaseId, count.key().areaSlug(), count.key().year().label(),
                        count.key().offenceCode(), offences);
                kept = kept.values(releaseId, count.key().areaSlug(), count.key().year().label(),
                        count.key().offenceCode(), offences);
            }
            shown.execute();
            kept.execute();
        }
    }
}
