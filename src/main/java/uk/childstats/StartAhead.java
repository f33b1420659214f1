package uk.childstats;

import java.io.IOException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import uk.childstats.data.BundledData;
import uk.childstats.data.ImportRejected;
import uk.childstats.db.Database;
import uk.childstats.web.Views;

/**
 * What a start does before the database is up, on two threads of its own while the embedded MariaDB starts (a
 * second or more in which the main thread only waits): hash the bundled data files, make the template engine, and
 * load the libraries whose first use is slow on a cold JVM. What the main thread then needs, it finds done.
 */
final class StartAhead {
    private final CompletableFuture<BundledData> bundled;
    private final CompletableFuture<Views> views;

    private StartAhead(CompletableFuture<BundledData> bundled, CompletableFuture<Views> views) {
        this.bundled = bundled;
        this.views = views;
    }

    static StartAhead begin(Settings settings) {
        ExecutorService threads = Executors.newFixedThreadPool(2, runnable -> {
            Thread thread = new Thread(runnable, "start-ahead");
            thread.setDaemon(true);
            return thread;
        });
        try {
            // jOOQ first: the main thread needs it as soon as the database is up.
            threads.execute(StartAhead::preloadDatabaseLibraries);
            CompletableFuture<BundledData> bundled = CompletableFuture.supplyAsync(StartAhead::readBundledData,
                    threads);
            CompletableFuture<Views> views = CompletableFuture.supplyAsync(() -> new Views(settings.exitUrl()),
                    threads);
            return new StartAhead(bundled, views);
        } finally {
            threads.shutdown();
        }
    }

    BundledData bundledData() throws IOException, ImportRejected {
        try {
            return bundled.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof ReadFailed failed) {
                if (failed.getCause() instanceof ImportRejected rejected) {
                    throw rejected;
                }
                throw (IOException) failed.getCause();
            }
            throw e.getCause() instanceof RuntimeException r ? r : e;
        }
    }

    Views views() {
        return views.join();
    }

    private static BundledData readBundledData() {
        try {
            return BundledData.read();
        } catch (IOException | ImportRejected e) {
            throw new ReadFailed(e);
        }
    }

    /** Only a head start: whatever fails here fails again, and is reported, where it is used. */
    private static void preloadDatabaseLibraries() {
        try {
            Database.preload();
        } catch (RuntimeException | LinkageError ignored) {
            // reported where it is used
        }
    }

    /** Carries the checked failure of reading the bundled files out of the thread that read them. */
    private static final class ReadFailed extends RuntimeException {
        ReadFailed(Exception cause) {
            super(cause);
        }
    }
}
