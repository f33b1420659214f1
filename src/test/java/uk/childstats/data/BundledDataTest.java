package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The checksums a start compares with the database's to decide what to import: SHA-256 as sha256sum prints it, of
 * a dataset's files one after the other (cat a b c | sha256sum), and of each Home Office release's file.
 */
class BundledDataTest {
    private static final Path DATA = Path.of("data");
    private static final String APRIL = "prc-pfa-mar2013-onwards-tables-child-codes-230426.csv";

    @TempDir
    Path dir;

    private static String sha256sum(Path... files) throws Exception {
        MessageDigest digest = MessageDigest.getInstance("SHA-256");
        for (Path file : files) {
            digest.update(Files.readAllBytes(file));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    @Test
    void aDatasetsChecksumIsThatOfItsFilesOneAfterTheOtherAndTheBuildHoldsTheSameFiles() throws Exception {
        BundledData inBuild = BundledData.read();
        assertEquals(sha256sum(DATA.resolve("nspcc_foi_figures.csv"), DATA.resolve("foi_corrections.csv"),
                DATA.resolve("foi_errata.csv")), inBuild.datasetSha256(FoiImporter.DATASET));
        assertEquals(sha256sum(DATA.resolve("police_force_areas.geojson")),
                inBuild.datasetSha256(ForceAreasImporter.DATASET));
        assertEquals(sha256sum(DATA.resolve(APRIL)), inBuild.releaseSha256(APRIL));
    }

    @Test
    void oneFigureChangedWithTheFileKeepingItsSizeChangesThatDatasetsChecksumAndNoOther() throws Exception {
        try (var files = Files.list(DATA)) {
            for (Path file : files.toList()) {
                Files.copy(file, dir.resolve(file.getFileName()));
            }
        }
        Path corrections = dir.resolve("foi_corrections.csv");
        String text = Files.readString(corrections, StandardCharsets.UTF_8);
        Files.writeString(corrections, text.replace(",total_offences,663,", ",total_offences,664,"),
                StandardCharsets.UTF_8);
        assertEquals(Files.size(DATA.resolve("foi_corrections.csv")), Files.size(corrections), "same size");

        BundledData before = BundledData.read(DATA);
        BundledData after = BundledData.read(dir);
        assertNotEquals(before.datasetSha256(FoiImporter.DATASET), after.datasetSha256(FoiImporter.DATASET));
        assertEquals(sha256sum(dir.resolve("nspcc_foi_figures.csv"), corrections, dir.resolve("foi_errata.csv")),
                after.datasetSha256(FoiImporter.DATASET));
        for (String dataset : BundledData.FILES_BY_DATASET.keySet()) {
            if (!dataset.equals(FoiImporter.DATASET)) {
                assertEquals(before.datasetSha256(dataset), after.datasetSha256(dataset), dataset);
            }
        }
        assertEquals(before.releaseSha256(APRIL), after.releaseSha256(APRIL));
    }
}
