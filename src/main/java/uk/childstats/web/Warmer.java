package uk.childstats.web;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.HttpURLConnection;
import java.net.Proxy;
import java.net.URI;
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
    private static final int CONNECT_TIMEOUT_MS = 5_000;
    private static final int READ_TIMEOUT_MS = 60_000;

    record Outcome(boolean complete, String problem, long bytes) {
    }

    private final ResponseStore store;
    private final int port;

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
            // The first address (the home page) alone: at a start the first visitor most likely asks for it and
            // waits for this render (see ResponseStore), which then has the cold JVM's CPU to itself.
            String first = addresses.isEmpty() ? null : renderOne(staging, addresses.get(0));
            if (first != null) {
                problem.set(first);
            }
            List<Future<?>> jobs = addresses.stream().skip(1).map(address -> workers.submit(() -> {
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
            // A plain URL connection: java.net.http's client would set up TLS too, a noticeable part of a start.
            HttpURLConnection request = (HttpURLConnection) URI.create("http://127.0.0.1:" + port + address).toURL()
                    .openConnection(Proxy.NO_PROXY);
            request.setConnectTimeout(CONNECT_TIMEOUT_MS);
            request.setReadTimeout(READ_TIMEOUT_MS);
            request.setRequestProperty(ResponseStore.WARM_HEADER, staging.token());
            int status = request.getResponseCode();
            try (InputStream body = status < 400 ? request.getInputStream() : request.getErrorStream()) {
                if (body != null) {
                    body.transferTo(OutputStream.nullOutputStream());
                }
            }
            if (status == 204) {
                return null;
            }
            if (status == 404 || status == 400) {
                LOG.warn("{} answered {} while rendering the release; not stored", address, status);
                return null;
            }
            return address + " answered " + status;
        } catch (java.io.IOException e) {
            return Thread.currentThread().isInterrupted() ? "interrupted" : address + ": " + e.getMessage();
        }
    }
}
