package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.Settings;
import uk.childstats.Site;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;
import uk.childstats.support.TestDatabase;

/**
 * An import is shown without a restart, on every page and file at the same moment: read in any order while the
 * new release is rendered, the answers go from all old to all new, never old after new.
 */
class ReleaseSwitchTest {
    private static final List<String> ADDRESSES = List.of("/forces/dorset-police", "/years/2015-16",
            "/forces/dorset-police.csv", "/api/forces/dorset-police", "/data/figures.csv", "/api/years/2015-16",
            "/embed/forces/dorset-police", "/");

    @Test
    void anImportSwitchesEveryStoredAnswerAtOnce() throws Exception {
        Database database = TestDatabase.freshSchema("switch_test");
        Importer importer = new Importer(database.dsl());
        importer.importReader("one.csv", new StringReader(ResponseStoreTest.HEADER
                + "England,Dorset Police,2015/16,total_offences,4242,https://example.org/a,A,,\"4242\"\n"));
        Site site = Site.start(database.dsl(), Settings.from(Map.of()).withPort(0));
        try {
            assertTrue(site.awaitRendered(Duration.ofSeconds(90)));
            for (String address : ADDRESSES) {
                assertEquals("old", release(site, address), address);
            }
            String oldTag = tag(site, ADDRESSES.get(0));
            importer.importReader("two.csv", new StringReader(ResponseStoreTest.HEADER
                    + "England,Dorset Police,2015/16,total_offences,5555,https://example.org/b,B,,\"5555\"\n"));
            List<String> seen = new ArrayList<>();
            long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
            while (!seen.contains("new") && System.nanoTime() < deadline) {
                for (String address : ADDRESSES) {
                    seen.add(release(site, address));
                }
            }
            for (String address : ADDRESSES) {
                seen.add(release(site, address));
            }
            int firstNew = seen.indexOf("new");
            assertTrue(firstNew >= 0, "the import was never shown");
            assertFalse(seen.subList(firstNew, seen.size()).contains("old"),
                    "an old answer was served after a new one: " + seen.subList(firstNew, seen.size()));
            assertFalse(seen.contains("neither"));
            assertFalse(oldTag.equals(tag(site, ADDRESSES.get(0))), "the ETag stayed the same");
        } finally {
            site.stop();
        }
    }

    private static String release(Site site, String address) throws Exception {
        HttpResponse<byte[]> response = ResponseStoreTest.get(site.port(), address, Map.of());
        String body = new String(response.body(), StandardCharsets.UTF_8);
        boolean old = body.contains("4242") || body.contains("4,242");
        boolean fresh = body.contains("5555") || body.contains("5,555");
        return old == fresh ? "neither" : old ? "old" : "new";
    }

    private static String tag(Site site, String address) throws Exception {
        return ResponseStoreTest.get(site.port(), address, Map.of()).headers().firstValue("ETag").orElseThrow();
    }
}
