package uk.childstats.data;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The data files bundled with the build and their SHA-256, which a start compares with the database's to decide what
 * to import. Hashing them needs no database, and on a cold JVM it takes a noticeable part of a start, so a start
 * reads them while the embedded database is starting (see Main).
 */
public final class BundledData {
    static final String FOI = "nspcc_foi_figures.csv";
    /** Each dataset's files, the one imported first; a change in any of them imports the dataset again. */
    static final Map<String, List<String>> FILES_BY_DATASET = filesByDataset();

    private final Path directory;
    private final Map<String, String> datasetSha256 = new LinkedHashMap<>();
    private final Map<String, String> releaseSha256 = new LinkedHashMap<>();

    private BundledData(Path directory) {
        this.directory = directory;
    }

    /** The files in the build, hashed. */
    public static BundledData read() throws IOException, ImportRejected {
        return read(null);
    }

    /** The files in a directory instead of the build (null: the build), hashed: how a test ships a changed file. */
    static BundledData read(Path directory) throws IOException, ImportRejected {
        BundledData bundled = new BundledData(directory);
        for (Map.Entry<String, List<String>> dataset : FILES_BY_DATASET.entrySet()) {
            byte[][] files = new byte[dataset.getValue().size()][];
            for (int i = 0; i < files.length; i++) {
                files[i] = bundled.bytes(dataset.getValue().get(i));
            }
            bundled.datasetSha256.put(dataset.getKey(), Checksums.sha256(files));
        }
        for (String release : HomeOfficeRelease.BUNDLED_IN_ORDER) {
            bundled.releaseSha256.put(release, DataText.decode(release, bundled.bytes(release)).sha256());
        }
        return bundled;
    }

    /** The SHA-256 of a dataset's files, one after the other. */
    String datasetSha256(String dataset) {
        return datasetSha256.get(dataset);
    }

    /** The SHA-256 of a bundled Home Office release's file. */
    String releaseSha256(String release) {
        return releaseSha256.get(release);
    }

    byte[] bytes(String name) throws IOException {
        if (directory != null) {
            return Files.readAllBytes(directory.resolve(name));
        }
        try (InputStream in = BundledData.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IOException("The bundled data file " + name + " is missing from the build");
            }
            return in.readAllBytes();
        }
    }

    private static Map<String, List<String>> filesByDataset() {
        Map<String, List<String>> files = new LinkedHashMap<>();
        files.put(FoiImporter.DATASET, List.of(FOI, FoiCorrectionsFile.FILE_NAME, FoiErrataFile.FILE_NAME));
        files.put(OffenceCodesImporter.DATASET, List.of("home_office_child_offence_codes.csv"));
        files.put(ChildPopulationImporter.DATASET, List.of("child_population_by_police_force.csv"));
        files.put(LocalAuthorityImporter.DATASET, List.of("local_authority_to_police_force.csv"));
        files.put(PostcodeDistrictImporter.DATASET, List.of("postcode_district_to_police_force.csv"));
        files.put(ForceAreasImporter.DATASET, List.of("police_force_areas.geojson"));
        return Collections.unmodifiableMap(files);
    }
}
