package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.FOI_RELEASE;
import static uk.childstats.db.generated.Tables.FOI_RELEASE_VALUE;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.childstats.support.FoiCells;
import uk.childstats.support.TestDatabase;

/** Each import of the FOI figures is a release, with what it added, revised and withdrew against the one before. */
class FoiReleasesTest {
    private static final String SUFFOLK_2014 = "England,Suffolk Constabulary,2014/15,total_offences,444,";
    private static final String SUFFOLK_BANDS = "England,Suffolk Constabulary,2015/16,victims_aged_10_and_under,151,";
    private static final String CHESHIRE = "England,Cheshire Constabulary,2022/23,total_offences,1000,"
            + "https://example.org/cheshire,Cheshire figures,2024-02-01,\"Cheshire recorded 1000 offences\"";

    @TempDir
    Path dir;

    /** The bundled file with one figure changed, one dropped and one new, written beside its corrections and errata. */
    private Path changedCopy(String original) throws Exception {
        List<String> lines = original.lines().toList();
        String revisedLine = lines.stream().filter(l -> l.startsWith(SUFFOLK_2014)).findFirst().orElseThrow();
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line.startsWith(SUFFOLK_BANDS)) {
                continue;
            }
            text.append(line.equals(revisedLine) ? line.replace(",444,", ",445,").replace("444 in", "445 in") : line)
                    .append('\n');
        }
        text.append(CHESHIRE).append('\n');
        Files.copy(Path.of("data", "foi_corrections.csv"), dir.resolve("foi_corrections.csv"));
        Files.copy(FoiCells.ERRATA, dir.resolve("foi_errata.csv"));
        Path file = dir.resolve("nspcc_foi_figures.csv");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        return file;
    }

    @Test
    void twoImportsAreTwoReleasesWhoseCountsEqualTheTestsOwnCountFromTheFiles() throws Exception {
        DSLContext dsl = TestDatabase.freshSchema("foi_releases").dsl();
        String original = FoiCells.read(FoiCells.FIGURES);
        Map<String, Set<Long>> before = FoiCells.of(original);
        Importer first = new Importer(dsl);
        first.importFile(FoiCells.FIGURES);
        var releases = dsl.selectFrom(FOI_RELEASE).orderBy(FOI_RELEASE.ID).fetch();
        assertEquals(1, releases.size());
        assertEquals(List.of(before.size(), 0, 0), List.of(releases.get(0).getFiguresAdded(),
                releases.get(0).getFiguresRevised(), releases.get(0).getFiguresWithdrawn()), "every cell is new");
        assertEquals(before.size(), dsl.fetchCount(FOI_RELEASE_VALUE));
        assertEquals(FoiCells.latestPublished(original), releases.get(0).getLatestPublished());
        assertTrue(first.notices().stream().anyMatch(n -> n.startsWith(
                "NSPCC FOI figures, as published up to 12 January 2024: the first release on record")),
                first.notices().toString());

        Importer again = new Importer(dsl);
        again.importFile(FoiCells.FIGURES);
        assertEquals(1, dsl.fetchCount(FOI_RELEASE), "the same file with the same corrections and errata is no release");
        assertTrue(again.notices().stream().anyMatch(n -> n.endsWith("same SHA-256): nothing to do")),
                again.notices().toString());

        Path changed = changedCopy(original);
        Map<String, Set<Long>> after = FoiCells.of(Files.readString(changed));
        long added = after.keySet().stream().filter(c -> !before.containsKey(c)).count();
        long withdrawn = before.keySet().stream().filter(c -> !after.containsKey(c)).count();
        long revised = after.keySet().stream().filter(before::containsKey)
                .filter(c -> !after.get(c).equals(before.get(c))).count();
        assertEquals(List.of(1L, 1L, 1L), List.of(added, revised, withdrawn), "the test's own edits, counted");
        new Importer(dsl).importFile(changed);
        var second = dsl.selectFrom(FOI_RELEASE).orderBy(FOI_RELEASE.ID.desc()).limit(1).fetchSingle();
        assertEquals(List.of(added, revised, withdrawn), List.of((long) second.getFiguresAdded(),
                (long) second.getFiguresRevised(), (long) second.getFiguresWithdrawn()));
        assertEquals("2024-02-01", second.getLatestPublished(), "the new row's date is now the newest");

        FoiReleaseHistory history = new FoiReleaseHistory(dsl);
        var newest = history.releases().get(0);
        assertEquals("NSPCC FOI figures, as published up to 1 February 2024", newest.name());
        List<String> changes = history.changes(newest).stream()
                .map(c -> c.force() + " " + c.year() + " " + c.wasText() + " → " + c.nowText()).toList();
        assertEquals(List.of("Suffolk Constabulary 2014/15 444 → 445", "Suffolk Constabulary 2015/16 151 → withdrawn"),
                changes);
        assertEquals(before.size(), dsl.fetchCount(FOI_RELEASE_VALUE, FOI_RELEASE_VALUE.RELEASE_ID.eq(
                releases.get(0).getId())), "the first release's values stay on record");
    }
}
