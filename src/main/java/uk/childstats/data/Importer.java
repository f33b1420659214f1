package uk.childstats.data;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.jooq.DSLContext;

/** Imports a data file, recognising which file it is by its header. */
public final class Importer {
    private final DSLContext dsl;

    public Importer(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Imports a file; returns the number of rows loaded. */
    public int importFile(Path file) throws IOException, ImportRejected {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return importReader(file.getFileName().toString(), reader);
        }
    }

    public int importReader(String fileName, Reader reader) throws IOException, ImportRejected {
        return FoiImporter.importFile(dsl, fileName, reader);
    }

    /** On a database that has never had an import, loads the files bundled with the app. */
    public void importBundledDataIfEmpty() throws IOException, ImportRejected {
        if (!Releases.hasImported(dsl, FoiImporter.DATASET)) {
            importBundled("nspcc_foi_figures.csv");
        }
    }

    private void importBundled(String name) throws IOException, ImportRejected {
        try (InputStream in = Importer.class.getResourceAsStream("/data/" + name)) {
            if (in == null) {
                throw new IOException("The bundled data file " + name + " is missing from the build");
            }
            importReader(name, new InputStreamReader(in, StandardCharsets.UTF_8));
        }
    }
}
