package uk.childstats.web;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Renders a release by asking the site itself for every address, over loopback with the staging token: the
 * answers are made by the same routes, templates and headers as a visitor's, and kept in the staging release
 * instead of being sent back. Two at a time, so visitors still find free threads.
 */
final class Warmer {
    private static final Logger LOG = LoggerFactory.getLogger(Warmer.class);
    private static final int AT_ONCE = 2;

    record Outcome(boolean complete, String problem, long bytes) {
    }

    private final ResponseStore store;
    private final int port;
    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();

    Warmer(ResponseStore store, int port) {
        this.store = store;
        this.port = port;
    }

    Outcome render(ResponseStore.Staging staging, List<String> addresses) {
        AtomicReference<String> problem = new AtomicReference<>();
        ExecutorService workers = Executors.newFixedThreadPool(AT_ONCE, runnable -> {
            Thread worker = new Thread(runnable, "release-render");
            worker.setDaemon(true);
            return worker;
        });
        try {
            List<Future<?>> jobs = addresses.stream().map(address -> workers.submit(() -> {
                if (problem.get() == null) {
                    String failure = renderOne(staging, address);
                    if (failure != null) {
                        problem.compareAndSet(null, failure);
                    }
                }
            })).<Future<?>>map(f -> f).toList();
            for (Future<?> job : jobs) {
                job.get();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            problem.compareAndSet(null, "interrupted");
        } catch (java.util.concurrent.ExecutionException e) {
            problem.compareAndSet(null, e.getCause().toString());
        } finally {
            workers.shutdownNow();
        }
        long bytes = staging.rendered().values().stream().mapToLong(StoredResponse::size).sum();
        return new Outcome(problem.get() == null, problem.get(), bytes);
    }

    /** Null when the address was rendered (or does not exist, which is logged); else what went wrong. */
    private String renderOne(ResponseStore.Staging staging, String address) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + address))
                    .header(ResponseStore.WARM_HEADER, staging.token()).timeout(Duration.ofSeconds(60)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            if (status == 204) {
                return null;
            }
            if (status == 404 || status == 400) {
                LOG.warn("{} answered {} while rendering the release; not stored", address, status);
                return null;
            }
            return address + " answered " + status;
        } catch (java.io.IOException e) {
            return address + ": " + e.getMessage();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "interrupted";
        }
    }
}
