package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/**
 * At a start nothing is rendered yet and the first visitor most likely asks for the home page: the renderer makes
 * it first and alone, and a visitor who asks for it meanwhile waits for that render instead of making a second one
 * beside it on the same cold, busy CPU.
 */
class FirstVisitorTest {
    @Test
    void aVisitorWaitsForTheRenderUnderWayAndTheFirstAddressIsRenderedAlone() throws Exception {
        DSLContext dsl = TestDatabase.readOnlyBundledData().dsl();
        ResponseStore store = new ResponseStore(DataRelease.read(dsl, DataRelease.today()), false);
        AtomicInteger homeRenders = new AtomicInteger();
        AtomicInteger otherRenders = new AtomicInteger();
        CountDownLatch homeStarted = new CountDownLatch(1);
        CountDownLatch homeMayFinish = new CountDownLatch(1);
        Javalin app = Javalin.create(config -> {
            config.routes.get("/home", store.page(ctx -> {
                homeRenders.incrementAndGet();
                homeStarted.countDown();
                assertTrue(homeMayFinish.await(30, TimeUnit.SECONDS));
                ctx.html("the home page");
            }));
            config.routes.get("/other", store.page(ctx -> {
                otherRenders.incrementAndGet();
                ctx.html("another page");
            }));
        }).start(0);
        try (ReleaseWatch watch = new ReleaseWatch(dsl, store, () -> List.of("/home", "/other"), DataRelease::today,
                app.port())) {
            watch.start();
            assertTrue(homeStarted.await(30, TimeUnit.SECONDS), "the renderer asked for the first address");

            CompletableFuture<HttpResponse<String>> visitor = HttpClient.newHttpClient().sendAsync(
                    HttpRequest.newBuilder(URI.create("http://localhost:" + app.port() + "/home")).build(),
                    HttpResponse.BodyHandlers.ofString());
            Thread.sleep(300);
            assertEquals(0, otherRenders.get(), "nothing else is rendered beside the first address");
            homeMayFinish.countDown();

            HttpResponse<String> answer = visitor.get(30, TimeUnit.SECONDS);
            assertEquals(200, answer.statusCode());
            assertEquals("the home page", answer.body());
            assertEquals(1, homeRenders.get(), "the visitor was given the renderer's page, not a second render");
            assertTrue(watch.awaitNewest(Duration.ofSeconds(30)));
            assertEquals(1, otherRenders.get());
            assertEquals(1, homeRenders.get());
        } finally {
            homeMayFinish.countDown();
            app.stop();
        }
    }
}
