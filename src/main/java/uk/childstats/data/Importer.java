package uk.childstats.data;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.commons.csv.CSVParser;
import org.jooq.DSLContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Imports a data file, recognising which file it is by its header. The FOI figures file is read with the
 * corrections file beside it ({@code foi_corrections.csv}), when there is one: the two are one dataset.
 */
public final class Importer {
    /** Finds the corrections (or errata) file to read with an FOI figures file; asked only for the FOI one. */
    @FunctionalInterface
    private interface CorrectionsLookup {
        Optional<FoiCorrectionsFile.Text> find() throws IOException, ImportRejected;
    }

    private static final Logger LOG = LoggerFactory.getLogger(Importer.class);
    private final DSLContext dsl;
    private final List<String> notices = new ArrayList<>();

    private final boolean force;
    private final Path bundledDirectory;
    private boolean insideDryRun;
    /** Where a long import's progress lines go, and how often. */
    private Consumer<String> progressLines = LOG::info;
    private Duration progressEvery = Duration.ofSeconds(5);
    /** The errata to read with the next FOI figures file. */
    private CorrectionsLookup errata = Optional::empty;

    /** Thrown to roll a dry run back once it has said what it would change. */
    private static final class DryRun extends RuntimeException {
        private final int rows;

        DryRun(int rows) {
            super(null, null, false, false);
            this.rows = rows;
        }
    }

    public Importer(DSLContext dsl) {
        this(dsl, false);
    }

    /**
     * With force, an FOI figures file with no corrections file beside it is imported without corrections, and a
     * Home Office release older than the one shown is imported.
     */
    public Importer(DSLContext dsl, boolean force) {
        this(dsl, force, null);
    }

    /** Reads the "bundled" files from a directory instead of the build: how a test ships a changed file. */
    Importer(DSLContext dsl, boolean force, Path bundledDirectory) {
        this.dsl = dsl;
        this.force = force;
        this.bundledDirectory = bundledDirectory;
    }

    /** Imports a file (an FOI figures file with the corrections beside it); returns the number of rows loaded. */
    public int importFile(Path file) throws IOException, ImportRejected {
        String name = file.getFileName().toString();
        errata = () -> errataBeside(file);
        return importText(name, DataText.decode(name, Files.readAllBytes(file)), () -> correctionsBeside(file));
    }

    /** The errata beside an FOI figures file, when there is one: optional, unlike the corrections. */
    private static Optional<FoiCorrectionsFile.Text> errataBeside(Path figuresFile) throws IOException, ImportRejected {
        Path errata = figuresFile.resolveSibling(FoiErrataFile.FILE_NAME);
        if (!Files.isRegularFile(errata)) {
            return Optional.empty();
        }
        DataText text = DataText.decode(FoiErrataFile.FILE_NAME, Files.readAllBytes(errata));
        text.check(FoiErrataFile.FILE_NAME);
        return Optional.of(new FoiCorrectionsFile.Text(FoiErrataFile.FILE_NAME, text.asString()));
    }

    /**
     * Runs the whole import, checks and all, inside a transaction that is then rolled back: the notices say what
     * would change, and the database is left exactly as it was. Returns the rows that would be loaded.
     */
    public int dryRun(Path file) throws IOException, ImportRejected {
        try {
            dsl.transaction(tx -> {
                Importer inside = new Importer(tx.dsl(), force, bundledDirectory);
                inside.insideDryRun = true;
                inside.progress(progressLines, progressEvery);
                int rows;
                try {
                    rows = inside.importFile(file);
                } finally {
                    inside.notices.forEach(notice -> notices.add("(dry run) " + notice));
                }
                throw new DryRun(rows);
            });
        } catch (DryRun rolledBack) {
            return rolledBack.rows;
        } catch (org.jooq.exception.DataAccessException e) {
            if (e.getCause() instanceof ImportRejected rejected) {
                throw rejected;
            }
            if (e.getCause() instanceof IOException io) {
                throw io;
            }
            throw e;
        }
        throw new IllegalStateException("a dry run always rolls back");
    }

    /** Imports a file read from elsewhere: an FOI figures file is imported without corrections. */
    public int importReader(String fileName, Reader reader) throws IOException, ImportRejected {
        errata = Optional::empty;
        return importText(fileName, DataText.of(readAll(reader)), Optional::empty);
    }

    /** The whole file is read first, as bytes, so its header can say which file it is. */
    private int importText(String fileName, DataText text, CorrectionsLookup corrections)
            throws IOException, ImportRejected {
        long start = System.nanoTime();
        try {
            int rows = importKnownFile(fileName, text, corrections);
            LOG.info(insideDryRun ? "Dry run of {}: {} rows checked in {} ms, to be rolled back"
                    : "Imported {}: {} rows in {} ms", fileName, rows, (System.nanoTime() - start) / 1_000_000);
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
            return HomeOfficeImporter.importFile(dsl, fileName, text.sha256(), text.reader(), force, notices::add,
                    new ImportProgress(fileName, progressLines, progressEvery));
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
                    + "figures: import the figures file beside it instead (" + BundledData.FOI + ")"));
        }
        return FoiImporter.importFile(dsl, fileName, text.sha256(), text.reader(), corrections.find(), errata.find(),
                notices::add);
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

    /** Sends a long import's progress lines elsewhere (the log by default, every 5 seconds): how a test watches. */
    Importer progress(Consumer<String> lines, Duration every) {
        this.progressLines = lines;
        this.progressEvery = every;
        return this;
    }

    /** What the imports so far did that a person should know of, though nothing was wrong. */
    public List<String> notices() {
        return List.copyOf(notices);
    }

    /** Kept for callers of the first version: see {@link #importBundledData()}. */
    public void importBundledDataIfEmpty() throws IOException, ImportRejected {
        importBundledData();
    }

    /**
     * Brings the database up to the data bundled with this build: a dataset is imported again when the SHA-256 of
     * its bundled file(s) is not the one recorded at its last import, so a new jar never serves stale figures.
     * The Home Office releases are imported oldest first, each one not yet on record, so their revisions are kept.
     * When a dataset the site already serves fails to import, the previous data stays and one line says why.
     */
    public void importBundledData() throws IOException, ImportRejected {
        importBundledData(BundledData.read(bundledDirectory));
    }

    /** As {@link #importBundledData()}, with the bundled files already read and hashed (as a start does ahead). */
    public void importBundledData(BundledData bundled) throws IOException, ImportRejected {
        for (Map.Entry<String, List<String>> files : BundledData.FILES_BY_DATASET.entrySet()) {
            String dataset = files.getKey();
            String sha256 = bundled.datasetSha256(dataset);
            if (!Releases.lastChecksum(dsl, dataset).map(sha256::equals).orElse(false)) {
                if (importBundledSafely(bundled, dataset, files.getValue().get(0))) {
                    Releases.recordChecksumOfNewest(dsl, dataset, sha256);
                }
            }
        }
        for (String release : HomeOfficeRelease.BUNDLED_IN_ORDER) {
            if (HomeOfficeRelease.needsImport(dsl, release, bundled.releaseSha256(release))) {
                importBundledSafely(bundled, HomeOfficeImporter.DATASET, release);
            }
        }
    }

    /** True when the file was imported; false when it failed and the previous data is kept. */
    private boolean importBundledSafely(BundledData bundled, String dataset, String name)
            throws IOException, ImportRejected {
        if (!Releases.hasImported(dsl, dataset)) {
            importBundled(bundled, name);
            return true;
        }
        try {
            importBundled(bundled, name);
            return true;
        } catch (ImportRejected | RuntimeException e) {
            LOG.warn("The bundled {} was not imported, so the site keeps serving the previous {} data: {}{}", name,
                    dataset, e.getMessage(),
                    e instanceof ImportRejected r && !r.problems().isEmpty() ? " (" + r.problems().get(0) + ")" : "");
            return false;
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

    private void importBundled(BundledData bundled, String name) throws IOException, ImportRejected {
        errata = () -> Optional.of(new FoiCorrectionsFile.Text(FoiErrataFile.FILE_NAME,
                bundledText(bundled, FoiErrataFile.FILE_NAME).asString()));
        importText(name, bundledText(bundled, name), () -> Optional.of(new FoiCorrectionsFile.Text(
                FoiCorrectionsFile.FILE_NAME, bundledText(bundled, FoiCorrectionsFile.FILE_NAME).asString())));
    }

    private static DataText bundledText(BundledData bundled, String name) throws IOException, ImportRejected {
        return DataText.decode(name, bundled.bytes(name));
    }
}
