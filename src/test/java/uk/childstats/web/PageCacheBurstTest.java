package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/** A burst of visitors to a page nobody has seen yet costs one render, and every one of them gets the page. */
class PageCacheBurstTest {
    @Test
    void fortyVisitorsAtOnceCauseOneRender() throws Exception {
        AtomicInteger renders = new AtomicInteger();
        PageCache cache = new PageCache(new LatestImport(TestDatabase.readOnlyBundledData().dsl()));
        Javalin app = Javalin.create(config -> config.routes.get("/slow", cache.cached(ctx -> {
            renders.incrementAndGet();
            Thread.sleep(500);
            ctx.html("<p>rendered</p>");
        }))).start(0);
        try {
            HttpClient client = HttpClient.newHttpClient();
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/slow")).build();
            List<CompletableFuture<HttpResponse<String>>> visitors = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                visitors.add(client.sendAsync(request, HttpResponse.BodyHandlers.ofString()));
            }
            for (CompletableFuture<HttpResponse<String>> visitor : visitors) {
                assertEquals("<p>rendered</p>", visitor.get().body());
            }
            assertEquals(1, renders.get());
        } finally {
            app.stop();
        }
    }
}
