package uk.childstats;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.childstats.data.ImportRejected;
import uk.childstats.data.Importer;
import uk.childstats.data.ReleaseHistory;
import uk.childstats.db.Database;
import uk.childstats.db.DatabaseAccess;
import uk.childstats.export.ExportSummary;
import uk.childstats.export.StaticExport;

/** Starts the site, or with "import FILE" imports a data file, or with "export DIR" writes the site as files. */
public final class Main {
    private static final Logger LOG = LoggerFactory.getLogger(Main.class);

    private Main() {
    }

    /** What {@link #run} answers when the site is up and serving. */
    static final int RUNNING = -1;

    public static void main(String[] args) {
        int status = run(args, System.getenv());
        if (status != RUNNING) {
            System.exit(status);
        }
    }

    /** Starts the site or imports a file; a bad setting or an unreachable database is one line and a status. */
    static int run(String[] args, Map<String, String> env) {
        Settings settings;
        try {
            settings = Settings.from(env);
        } catch (IllegalArgumentException badSetting) {
            System.err.println("Not started: " + badSetting.getMessage());
            return 2;
        }
        if (args.length >= 2 && "import".equals(args[0])) {
            List<String> options = List.of(args).subList(1, args.length - 1);
            if (options.stream().allMatch(o -> "--force".equals(o) || "--dry-run".equals(o))) {
                return importFile(settings, Path.of(args[args.length - 1]), options.contains("--force"),
                        options.contains("--dry-run"));
            }
        }
        if (args.length == 2 && "export".equals(args[0])) {
            return exportSite(settings, Path.of(args[1]));
        }
        if (args.length != 0) {
            System.err.println("Usage: java -jar child-offences.jar            (start the site on $PORT)");
            System.err.println("       java -jar child-offences.jar import FILE (import a data file)");
            System.err.println("       (the FOI figures file is read with the foi_corrections.csv beside it;");
            System.err.println("        import --force FILE imports it without, if there is none, and imports a");
            System.err.println("        Home Office release older than the one shown)");
            System.err.println("       java -jar child-offences.jar import --dry-run FILE (say what would change;");
            System.err.println("        change nothing)");
            System.err.println("       SITE_URL=https://... java -jar child-offences.jar export DIR (write the");
            System.err.println("        public site as files, with an nginx configuration, into a new folder)");
            return 2;
        }
        try {
            serve(settings);
            return RUNNING;
        } catch (RuntimeException | java.io.IOException | ImportRejected failed) {
            System.err.println("Not started: " + StartFailure.explain(failed, settings));
            return 1;
        }
    }

    private static void serve(Settings settings) throws java.io.IOException, ImportRejected {
        StartAhead ahead = StartAhead.begin(settings);
        DatabaseAccess access = withBundledData(settings, ahead);
        Database reader = access.reader();
        Site server = Site.start(reader.dsl(), settings, ahead.views());
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            reader.close();
            access.close();
        }));
        System.out.println("The site is running at http://localhost:" + server.port() + "/");
    }

    /** The database, with the bundled data imported where it changed, as every start does. */
    private static DatabaseAccess withBundledData(Settings settings, StartAhead ahead)
            throws java.io.IOException, ImportRejected {
        DatabaseAccess access = databaseAccess(settings);
        try (Database writer = access.writer()) {
            new Importer(writer.dsl()).importBundledData(ahead.bundledData());
            new ReleaseHistory(writer.dsl()).releases().stream().findFirst()
                    .ifPresent(release -> LOG.info("Serving the {}", release.name()));
        } catch (RuntimeException | java.io.IOException | ImportRejected failed) {
            access.close();
            throw failed;
        }
        return access;
    }

    /** Starts the site on a free port, crawls it into a folder of files, and stops it. */
    static int exportSite(Settings settings, Path dir) {
        if (settings.siteUrl().isEmpty()) {
            System.err.println("Not exported: set SITE_URL to the address the files will be published at (pages,"
                    + " citations and metadata name it), e.g. SITE_URL=https://figures.example.org");
            return 2;
        }
        StartAhead ahead = StartAhead.begin(settings);
        try (DatabaseAccess access = withBundledData(settings, ahead); Database reader = access.reader()) {
            Site site = Site.start(reader.dsl(), settings.withPort(0), ahead.views());
            try {
                ExportSummary summary = StaticExport.write(URI.create("http://127.0.0.1:" + site.port()),
                        settings.siteUrl(), dir);
                System.out.println("Exported " + summary.files().size() + " files (each compressible one with its"
                        + " .gz) into " + dir.resolve(StaticExport.SITE_FOLDER) + ", and "
                        + dir.resolve(StaticExport.NGINX_CONF));
                System.out.println("Left to a live app (they depend on the query): " + summary.liveOnly().size()
                        + " linked addresses, e.g. " + summary.liveOnly().stream().limit(3).toList());
                if (!summary.missingFromStylesheets().isEmpty()) {
                    System.out.println("Named in a stylesheet but not served by the site either: "
                            + summary.missingFromStylesheets());
                }
                summary.broken().forEach((path, status) -> System.err.println("Linked but answered " + status
                        + ", not exported: " + path));
                return summary.broken().isEmpty() ? 0 : 1;
            } finally {
                site.stop();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return 1;
        } catch (IllegalArgumentException | IllegalStateException | java.io.IOException | ImportRejected failed) {
            System.err.println("Not exported: " + failed.getMessage());
            return 1;
        }
    }

    private static DatabaseAccess databaseAccess(Settings settings) {
        return DatabaseAccess.of(settings.databaseUrl(), settings.writerDatabaseUrl(), settings.importAccount(),
                settings.webAccount(), settings.embeddedDatabaseDir());
    }

    private static final int PROBLEMS_SHOWN = 50;

    static int importFile(Settings settings, Path file, boolean force, boolean dryRun) {
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        try (DatabaseAccess access = databaseAccess(settings); Database database = access.writer()) {
            Importer importer = new Importer(database.dsl(), force);
            int rows = dryRun ? importer.dryRun(file) : importer.importFile(file);
            importer.notices().forEach(notice -> System.out.println("Note: " + notice));
            System.out.println(dryRun ? "Dry run: " + rows + " rows of " + file + " would be imported; the database "
                    + "is unchanged." : "Imported " + rows + " rows from " + file);
            return 0;
        } catch (ImportRejected rejected) {
            System.err.println(rejected.getMessage() + "; the database is unchanged.");
            List<String> problems = rejected.problems();
            problems.stream().limit(PROBLEMS_SHOWN).forEach(System.err::println);
            if (problems.size() > PROBLEMS_SHOWN) {
                System.err.println("... and " + (problems.size() - PROBLEMS_SHOWN) + " more problem(s)");
            }
            return 1;
        } catch (Exception e) {
            System.err.println("Import failed: " + e.getMessage());
            return 1;
        }
    }
}
