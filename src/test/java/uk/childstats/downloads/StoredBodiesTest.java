package uk.childstats.downloads;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import uk.childstats.web.Precompressed;

/** A download is rendered once per data version, however many ask at once, and a new version renders again. */
class StoredBodiesTest {
    private final StoredBodies store = new StoredBodies();
    private final AtomicInteger renders = new AtomicInteger();

    private StoredBodies.Body render(int size) {
        renders.incrementAndGet();
        return new StoredBodies.Body(new Precompressed(new byte[size], new byte[0]), "f.csv", "/f.csv");
    }

    @Test
    void sixtyFourCallersAtOnceCauseOneRender() throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        List<Thread> callers = new ArrayList<>();
        for (int i = 0; i < 64; i++) {
            Thread caller = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
                store.get(7, "csv", "/data/official-quarterly.csv", () -> {
                    sleep();
                    return render(4_000_000);
                });
            });
            caller.start();
            callers.add(caller);
        }
        start.countDown();
        for (Thread caller : callers) {
            caller.join();
        }
        assertEquals(1, renders.get());
    }

    @Test
    void aNewVersionRendersAgainAndTheOldOneIsNotServed() {
        assertEquals(10, store.get(1, "csv", "/a", () -> render(10)).content().plain().length);
        assertEquals(10, store.get(1, "csv", "/a", () -> render(99)).content().plain().length);
        assertEquals(20, store.get(2, "csv", "/a", () -> render(20)).content().plain().length);
        assertEquals(2, renders.get());
    }

    @Test
    void aBodyBeyondTheBudgetIsSentButNotKept() {
        int tooBig = (int) StoredBodies.BUDGET_BYTES + 1;
        store.get(1, "csv", "/big", () -> render(tooBig));
        store.get(1, "csv", "/big", () -> render(tooBig));
        assertEquals(2, renders.get());
    }

    private static void sleep() {
        try {
            Thread.sleep(200);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
