package uk.childstats.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a data file, recognising which file it is by its header. The FOI figures file is read with the
 * corrections file beside it ({@code foi_corrections.csv}), when there is one: the two are one dataset.
 */
public final class Importer {
    /** Finds the corrections file to read with an FOI figures file; asked only when the file is the FOI one. */
    @FunctionalInterface
    private interface CorrectionsLookup {
        Optional<FoiCorrectionsFile.Text> find() throws IOException, ImportRejected;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private static final String BUNDLED_FOI = "nspcc_foi_figures.csv";
    private final DSLContext dsl;
    private final List<String> notices = new ArrayList<>();

    private final boolean force;

    public Importer(DSLContext dsl) {
        this(dsl, false);
    }

    /** With force, an FOI figures file with no corrections file beside it is imported without corrections. */
    public Importer(DSLContext dsl, boolean force) {
        this.dsl = dsl;
        this.force = force;
    }

    /** Imports a file (an FOI figures file with the corrections beside it); returns the number of rows loaded. */
    public int importFile(Path file) throws IOException, ImportRejected {
        String name = file.getFileName().toString();
        return importText(name, DataText.decode(name, Files.readAllBytes(file)), () -> correctionsBeside(file));
    }

    /** Imports a file read from elsewhere: an FOI figures file is imported without corrections. */
    public int importReader(String fileName, Reader reader) throws IOException, ImportRejected {
        return importText(fileName, DataText.of(readAll(reader)), Optional::empty);
    }

    /** The whole file is read first, as bytes, so its header can say which file it is. */
    private int importText(String fileName, DataText text, CorrectionsLookup corrections)
            throws IOException, ImportRejected {
        long start = System.nanoTime();
        try {
            int rows = importKnownFile(fileName, text, corrections);
            LOG.info("Imported {}: {} rows in {} ms", fileName, rows, (System.nanoTime() - start) / 1_000_000);
            return rows;
        } catch (ImportRejected rejected) {
            LOG.warn("Rejected {}: {} problem(s), the database is unchanged", fileName, rejected.problems().size());
            throw rejected;
        }
    }

    private int importKnownFile(String fileName, DataText text, CorrectionsLookup corrections)
            throws IOException, ImportRejected {
        if (ForceAreasImporter.recognises(fileName)) {
            // JSON on one long line: its own reader checks it, not the line rules of the CSV files.
            return ForceAreasImporter.importFile(dsl, fileName, text.asString());
        }
        text.check(fileName);
        Set<String> columns = columnsOf(text.reader());
        if (HomeOfficeFile.recognises(columns)) {
            return HomeOfficeImporter.importFile(dsl, fileName, text.reader(), notices::add);
        }
        if (OffenceCodesImporter.recognises(columns)) {
            return OffenceCodesImporter.importFile(dsl, fileName, text.reader());
        }
        if (ChildPopulationImporter.recognises(columns)) {
            return ChildPopulationImporter.importFile(dsl, fileName, text.reader());
        }
        if (LocalAuthorityImporter.recognises(columns)) {
            return LocalAuthorityImporter.importFile(dsl, fileName, text.reader());
        }
        if (PostcodeDistrictImporter.recognises(columns)) {
            return PostcodeDistrictImporter.importFile(dsl, fileName, text.reader());
        }
        if (FoiCorrectionsFile.recognises(columns)) {
            throw new ImportRejected(fileName, List.of("this is the corrections file, which is read with the FOI "
                    + "figures: import the figures file beside it instead (" + BUNDLED_FOI + ")"));
        }
        return FoiImporter.importFile(dsl, fileName, text.reader(), corrections.find());
    }

    private Optional<FoiCorrectionsFile.Text> correctionsBeside(Path figuresFile)
            throws IOException, ImportRejected {
        Path corrections = figuresFile.resolveSibling(FoiCorrectionsFile.FILE_NAME);
        if (!Files.isRegularFile(corrections)) {
            if (!force) {
                throw new ImportRejected(figuresFile.getFileName().toString(), List.of("there is no "
                        + FoiCorrectionsFile.FILE_NAME + " beside it, so the forces' corrections (such as "
                        + "Lincolnshire 2016/17, 666 corrected to 663) would be lost: put the corrections file beside "
                        + "it, or import with --force to import the figures without corrections"));
            }
            notices.add("imported without corrections: there is no " + FoiCorrectionsFile.FILE_NAME + " beside "
                    + figuresFile.getFileName());
            return Optional.empty();
        }
        DataText text = DataText.decode(FoiCorrectionsFile.FILE_NAME, Files.readAllBytes(corrections));
        text.check(FoiCorrectionsFile.FILE_NAME);
        return Optional.of(new FoiCorrectionsFile.Text(FoiCorrectionsFile.FILE_NAME, text.asString()));
    }

    /** What the imports so far did that a person should know of, though nothing was wrong. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Loads each bundled file whose dataset this database has never imported. */
    public void importBundledDataIfEmpty() throws IOException, ImportRejected {
        Map<String, String> bundledFileByDataset = new LinkedHashMap<>();
        bundledFileByDataset.put(FoiImporter.DATASET, BUNDLED_FOI);
        bundledFileByDataset.put(OffenceCodesImporter.DATASET, "home_office_child_offence_codes.csv");
        bundledFileByDataset.put(ChildPopulationImporter.DATASET, "child_population_by_police_force.csv");
        bundledFileByDataset.put(HomeOfficeImporter.DATASET, "home_office_prc_child_sexual_offences.csv");
        bundledFileByDataset.put(LocalAuthorityImporter.DATASET, "local_authority_to_police_force.csv");
        bundledFileByDataset.put(PostcodeDistrictImporter.DATASET, "postcode_district_to_police_force.csv");
        bundledFileByDataset.put(ForceAreasImporter.DATASET, "police_force_areas.geojson");
        for (Map.Entry<String, String> bundled : bundledFileByDataset.entrySet()) {
            if (!Releases.hasImported(dsl, bundled.getKey())) {
                importBundled(bundled.getValue());
            }
        }
    }

    private static String readAll(Reader reader) throws IOException {
        StringBuilder text = new StringBuilder();
        char[] buffer = new char[1 << 16];
        for (int n = reader.read(buffer); n >= 0; n = reader.read(buffer)) {
            text.append(buffer, 0, n);
        }
        return text.toString();
    }

    private static Set<String> columnsOf(Reader text) throws IOException {
        try (CSVParser parser = CsvFiles.open(text)) {
            return CsvFiles.snakeCaseColumns(parser).keySet();
        } catch (IllegalArgumentException | IllegalStateException | UncheckedIOException notCsv) {
            return Set.of();
        }
    }

    private void importBundled(String name) throws IOException, ImportRejected {
        importText(name, bundledText(name), () -> Optional.of(new FoiCorrectionsFile.Text(
                FoiCorrectionsFile.FILE_NAME, bundledText(FoiCorrectionsFile.FILE_NAME).asString())));
    }

    private static DataText bundledText(String name) throws IOException, ImportRejected {
        try (InputStream in = Importer.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IOException("The bundled data file " + name + " is missing from the build");
            }
            return DataText.decode(name, in.readAllBytes());
        }
    }
}
