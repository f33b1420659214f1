package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.Settings;
import uk.childstats.Site;
import uk.childstats.data.Importer;
import uk.childstats.db.Database;
import uk.childstats.support.TestDatabase;

/** Two instances of the site over one database both show a new release once each has rendered it. */
class TwoInstancesTest {
    private static final String HEADER = "nation,force,year,measure,value,source_url,source_title,published,quote\n";

    @Test
    void bothInstancesSwitchToANewReleaseWithinSeconds() throws Exception {
        Database database = TestDatabase.freshSchema("two_instances");
        Importer importer = new Importer(database.dsl());
        importer.importReader("first.csv", new StringReader(HEADER
                + "England,Dorset Police,2015/16,total_offences,1111,https://example.org/a,A,,\"1111\"\n"));
        List<Site> sites = List.of(Site.start(database.dsl(), Settings.from(Map.of()).withPort(0)),
                Site.start(database.dsl(), Settings.from(Map.of()).withPort(0)));
        try {
            for (Site site : sites) {
                assertTrue(page(site).contains(">1,111<"), "before the import");
            }
            importer.importReader("second.csv", new StringReader(HEADER
                    + "England,Dorset Police,2015/16,total_offences,2222,https://example.org/b,B,,\"2222\"\n"));
            // Each instance renders every page of the release before it shows it: a few seconds on an idle machine,
            // longer on a shared one running other builds.
            long deadline = System.nanoTime() + 15_000_000_000L;
            boolean both = false;
            while (!both && System.nanoTime() < deadline) {
                Thread.sleep(200);
                both = page(sites.get(0)).contains(">2,222<") && page(sites.get(1)).contains(">2,222<");
            }
            assertTrue(both, "both instances did not show the new release within 15 s");
        } finally {
            sites.forEach(Site::stop);
        }
    }

    private static String page(Site site) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                URI.create("http://localhost:" + site.port() + "/forces/dorset-police")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
    }
}
