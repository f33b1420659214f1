package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** Answers chosen by a query string: one render per burst of visitors, and never more kept than the bounds allow. */
class OnDemandTest {
    private static StoredResponse answer(int bytes) {
        return StoredResponse.of("text/plain", new byte[bytes], CachePolicy.PAGE, List.of());
    }

    private static void keep(OnDemand store, String key, int bytes) {
        CompletableFuture<StoredResponse> mine = new CompletableFuture<>();
        assertNull(store.claim(key, mine));
        store.done(key, mine, answer(bytes));
    }

    @Test
    void beyondItsNumberOfEntriesTheOldestGoesFirst() {
        OnDemand store = new OnDemand(3, 1_000_000);
        for (String key : List.of("a", "b", "c", "d")) {
            keep(store, key, 10);
        }
        assertEquals(3, store.size());
        assertNull(store.get("a"));
        assertNotNull(store.get("b"));
        assertNotNull(store.get("d"));
    }

    @Test
    void beyondItsBytesTheOldestGoesFirstAndATooLargeAnswerIsNotKept() {
        OnDemand store = new OnDemand(100, 250);
        keep(store, "a", 100);
        keep(store, "b", 100);
        keep(store, "c", 100);
        assertNull(store.get("a"));
        assertNotNull(store.get("c"));
        keep(store, "huge", 251);
        assertNull(store.get("huge"));
        assertNotNull(store.get("b"));
    }

    @Test
    void fortyVisitorsAtOnceCauseOneRender() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        ResponseStore store = new ResponseStore(new DataRelease(1, Instant.EPOCH, LocalDate.of(2026, 1, 1)), false);
        Javalin app = Javalin.create(config -> config.routes.get("/slow", store.pagePerQuery("/slow", ctx -> {
            renders.incrementAndGet();
            Thread.sleep(500);
            ctx.html("<p>rendered " + ctx.queryParam("q") + "</p>");
        }))).start(0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/slow?q=1"))
                    .build();
            List<CompletableFuture<HttpResponse<String>>> visitors = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                visitors.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> visitor : visitors) {
                assertEquals("<p>rendered 1</p>", visitor.get().body());
            }
            assertEquals(1, renders.get());
        } finally {
            app.stop();
        }
    }
}
