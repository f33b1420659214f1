package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.DATA_RELEASE;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE_COUNT;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.Revisions;
import uk.childstats.support.TestDatabase;

/** Releases of the official series: counted revisions, dry runs, older releases, and upgrades at start. */
class ReleasesImportTest {
    private static final String DERBYSHIRE_LINE = "2024/25,1,Derbyshire,Sexual grooming,Sexual offences,"
            + "Other sexual offences,88A,48";
    private static DSLContext dsl;

    @TempDir
    Path dir;

    @BeforeAll
    static void importTheBundledFiles() throws Exception {
        dsl = TestDatabase.freshSchema("releases_import").dsl();
        new Importer(dsl).importBundledData();
    }

    /** CHECKSUM TABLE of every table of the schema: equal before and after means nothing changed. */
    private static String checksums() {
        List<String> tables = dsl.fetch("SELECT table_name FROM information_schema.tables WHERE table_schema = "
                + "DATABASE() ORDER BY table_name").getValues(0, String.class);
        return dsl.fetch("CHECKSUM TABLE " + tables.stream().map(t -> "`" + t + "`").collect(Collectors.joining(", ")))
                .formatCSV();
    }

    /** The April 2026 file with Derbyshire's 2024/25 first-quarter grooming count raised by 7, under a new name. */
    private Path changedApril(Path directory, String name) throws IOException {
        String text = HomeOfficeCsv.text();
        assertTrue(text.contains(DERBYSHIRE_LINE + "\n"));
        Path file = directory.resolve(name);
        Files.writeString(file, text.replace(DERBYSHIRE_LINE + "\n", DERBYSHIRE_LINE.replace(",48", ",55") + "\n"),
                StandardCharsets.UTF_8);
        return file;
    }

    private static int derbyshire202425() {
        return dsl.select(org.jooq.impl.DSL.sum(OFFICIAL_COUNT.OFFENCES)).from(OFFICIAL_COUNT)
                .where(OFFICIAL_COUNT.AREA_SLUG.eq("derbyshire-constabulary"), OFFICIAL_COUNT.YEAR_LABEL.eq("2024/25"))
                .fetchOne(0, Integer.class);
    }

    @Test
    void importingOctoberThenAprilCountsTheRevisionsTheTestCountsFromTheFiles() {
        var releases = dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID).fetch();
        assertTrue(releases.size() >= 2, "other tests here may add releases after the first two");
        assertEquals(List.of(java.time.LocalDate.of(2023, 10, 19), java.time.LocalDate.of(2026, 4, 23)),
                List.of(releases.get(0).getPublished(), releases.get(1).getPublished()), "imported oldest first");
        Revisions.Counts expected = Revisions.counts();
        var april = releases.get(1);
        assertEquals(List.of(expected.added(), expected.revised(), expected.withdrawn()),
                List.of(april.getFiguresAdded(), april.getFiguresRevised(), april.getFiguresWithdrawn()));
        assertEquals(List.of(88, 221, 0), List.of(expected.added(), expected.revised(), expected.withdrawn()),
                "two new years of 44 forces; the data README's 221");
        assertEquals(44 * 11 * 11, dsl.fetchCount(OFFICIAL_RELEASE_COUNT,
                OFFICIAL_RELEASE_COUNT.RELEASE_ID.eq(releases.get(0).getId())), "October's values stay on record");
        assertEquals(HomeOfficeCsv.englandAndWalesTotals().get("2023/24"), 61_432L);
        assertEquals(HomeOfficeCsv.englandAndWalesTotals().get("2024/25"), 61_388L);
    }

    @Test
    void aDryRunSaysWhatWouldChangeAndChangesNothing() throws Exception {
        String before = checksums();
        List<String> progress = new java.util.ArrayList<>();
        Importer importer = new Importer(dsl).progress(progress::add, java.time.Duration.ZERO);
        String name = "prc-pfa-mar2013-onwards-tables-child-codes-240726.csv";
        int rows = importer.dryRun(changedApril(dir, name));
        int lines = HomeOfficeCsv.records(HomeOfficeCsv.FILE).size();
        assertEquals(lines, rows);
        assertEquals(lines / 1000, progress.size(), "with no pause between them, a progress line every 1,000 rows");
        assertTrue(progress.get(0).matches("Importing " + java.util.regex.Pattern.quote(name)
                + ": 1,000 rows read in [0-9.]+ s \\([0-9,]+ rows a second\\)"), progress.get(0));
        assertTrue(progress.get(progress.size() - 1).startsWith(String.format("Importing %s: %,d rows read", name,
                lines / 1000 * 1000)), progress.toString());
        String summary = importer.notices().get(importer.notices().size() - 1);
        assertTrue(summary.startsWith(String.format("(dry run) Home Office police recorded crime, release of 24 July "
                + "2026: %,d rows imported in", lines)) && summary.contains("complete years 2012/13 to 2024/25")
                && !summary.contains("\n"), "one paragraph at the end: " + summary);
        assertEquals(before, checksums(), "a dry run must change no table");
        assertTrue(importer.notices().stream().anyMatch(n -> n.contains("0 force-year figure(s) added, 1 revised and 0 "
                + "withdrawn")), importer.notices().toString());
        assertTrue(importer.notices().stream().anyMatch(n -> n.contains("rows a second")), "progress is shown");
    }

    @Test
    void anOlderReleaseIsRefusedAndTheSameFileIsANoOp() throws Exception {
        String before = checksums();
        Path october = dir.resolve("prc-pfa-mar2013-onwards-tables-191023.csv");
        Files.copy(HomeOfficeCsv.OCTOBER_2023, october);
        ImportRejected refused = assertThrows(ImportRejected.class, () -> new Importer(dsl).importFile(october));
        assertTrue(refused.problems().get(0).contains("older than the Home Office police recorded crime, release of "
                + "23 April 2026"), refused.problems().toString());
        assertEquals(0, new Importer(dsl).importFile(HomeOfficeCsv.FILE), "same SHA-256: nothing to do");
        assertEquals(before, checksums());
    }

    @Test
    void aBundledFileThatFailsAtStartLeavesThePreviousReleaseServed() throws Exception {
        Path bundled = dir.resolve("broken");
        Files.createDirectories(bundled);
        try (var files = Files.list(Path.of("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bundled.resolve(file.getFileName()));
            }
        }
        Path april = bundled.resolve(HomeOfficeCsv.FILE.getFileName());
        Files.writeString(april, HomeOfficeCsv.text() + "2024/25,1,Atlantis,Sexual grooming,Sexual offences,"
                + "Other sexual offences,88A,3\n", StandardCharsets.UTF_8);
        String before = checksums();
        new Importer(dsl, false, bundled).importBundledData();
        assertEquals(before, checksums(), "the previous release is still the one served, untouched");
    }

    @Test
    void aStartImportsABundledFileWhoseChecksumChangedAndNothingWhenNoneDid() throws Exception {
        long imports = dsl.fetchCount(DATA_RELEASE);
        new Importer(dsl).importBundledData();
        assertEquals(imports, dsl.fetchCount(DATA_RELEASE), "an unchanged build imports nothing at start");

        Path bundled = dir.resolve("bundled");
        Files.createDirectories(bundled);
        try (var files = Files.list(Path.of("data"))) {
            for (Path file : files.toList()) {
                Files.copy(file, bundled.resolve(file.getFileName()));
            }
        }
        Files.delete(bundled.resolve(HomeOfficeCsv.FILE.getFileName()));
        changedApril(bundled, HomeOfficeCsv.FILE.getFileName().toString());
        int was = derbyshire202425();
        new Importer(dsl, false, bundled).importBundledData();
        assertEquals(was + 7, derbyshire202425(), "the changed bundled file is what the site shows now");
        assertEquals(imports + 1, dsl.fetchCount(DATA_RELEASE), "only the changed dataset was imported");
        var newest = dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID.desc()).limit(1).fetchSingle();
        assertEquals(1, newest.getFiguresRevised());

        new Importer(dsl, false, bundled).importBundledData();
        assertEquals(imports + 1, dsl.fetchCount(DATA_RELEASE), "a second start with the same files imports nothing");
        new Importer(dsl).importFile(HomeOfficeCsv.FILE);
        assertEquals(was, derbyshire202425(), "the bundled April file put back");
    }
}
