package uk.childstats;

import java.nio.file.Files;
import java.nio.file.Path;
import uk.childstats.data.ImportRejected;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;

/** Starts the site, or with "import FILE" imports a data file and exits. */
public final class Main {
    private Main() {
    }

    public static void main(String[] args) throws Exception {
        Settings settings = Settings.fromEnvironment();
        if (args.length == 2 && "import".equals(args[0])) {
            System.exit(importFile(settings, Path.of(args[1])));
        }
        if (args.length != 0) {
            System.err.println("Usage: java -jar child-offences.jar            (start the site on $PORT)");
            System.err.println("       java -jar child-offences.jar import FILE (import a data file)");
            System.err.println("       (the FOI figures file is read with the foi_corrections.csv beside it)");
            System.exit(2);
        }
        serve(settings);
    }

    private static void serve(Settings settings) throws Exception {
        Database database = openDatabase(settings);
        new Importer(database.dsl()).importBundledDataIfEmpty();
        Site server = Site.start(database.dsl(), settings);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            database.close();
        }));
        System.out.println("The site is running at http://localhost:" + server.port() + "/");
    }

    private static Database openDatabase(Settings settings) {
        return Database.open(settings.databaseUrl(), settings.databaseUser(), settings.databasePassword(),
                settings.embeddedDatabaseDir());
    }

    static int importFile(Settings settings, Path file) {
        if (!Files.isRegularFile(file)) {
            System.err.println("No such file: " + file);
            return 2;
        }
        try (Database database = openDatabase(settings)) {
            int rows = new Importer(database.dsl()).importFile(file);
            System.out.println("Imported " + rows + " rows from " + file);
            return 0;
        } catch (ImportRejected rejected) {
            System.err.println(rejected.getMessage() + "; the database is unchanged.");
            rejected.problems().forEach(System.err::println);
            return 1;
        } catch (Exception e) {
            System.err.println("Import failed: " + e.getMessage());
            return 1;
        }
    }
}
