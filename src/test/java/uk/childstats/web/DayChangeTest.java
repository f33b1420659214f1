package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.javalin.Javalin;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/** Pages cite the day they were retrieved: when the UK date changes, every page is rendered again before it shows. */
class DayChangeTest {
    @Test
    void aNewDayRendersThePagesAgainBeforeAnyoneAsks() throws Exception {
        DSLContext dsl = TestDatabase.readOnlyBundledData().dsl();
        AtomicReference<LocalDate> today = new AtomicReference<>(LocalDate.of(2026, 3, 28));
        ResponseStore store = new ResponseStore(DataRelease.read(dsl, today.get()), false);
        Javalin app = Javalin.create(config -> config.routes.get("/page", store.page(ctx ->
                ctx.html("retrieved " + DataRelease.of(ctx).orElseThrow().day())))).start(0);
        try (ReleaseWatch watch = new ReleaseWatch(dsl, store, () -> List.of("/page"), today::get, app.port())) {
            watch.start();
            assertTrue(watch.awaitNewest(Duration.ofSeconds(30)));
            assertEquals("retrieved 2026-03-28", get(app.port()));
            int renders = store.renders();
            today.set(LocalDate.of(2026, 3, 29));
            assertTrue(watch.awaitNewest(Duration.ofSeconds(30)));
            assertEquals(renders + 1, store.renders(), "rendered once for the new day, ahead of the visitor");
            assertEquals("retrieved 2026-03-29", get(app.port()));
            assertEquals(renders + 1, store.renders());
        } finally {
            app.stop();
        }
    }

    private static String get(int port) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/page"))
                .build(), HttpResponse.BodyHandlers.ofString()).body();
    }
}
