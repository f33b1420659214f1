package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.TestSite;

/** What every page shares: the help panel, the exit link, 404 pages, security headers and heading levels. */
class PagesTest {
    @ParameterizedTest
    @ValueSource(strings = {"/", "/forces", "/forces/dorset-police", "/years", "/years/2016-17", "/help", "/about",
            "/forces/no-such-force", "/years/2016-18", "/years/1999-00", "/no/such/page"})
    void everyPageHasTheHelpPanelAndTheExitLink(String path) {
        HttpResponse<String> response = TestSite.get(path);
        Document page = Jsoup.parse(response.body());
        Element panel = page.selectFirst("aside.help-panel");
        assertNotNull(panel, path);
        assertTrue(panel.text().contains("Childline (for children and young people): 0800 1111, free, 24 hours"), panel.text());
        assertTrue(panel.text().contains("NSPCC Helpline (for adults worried about a child): 0808 800 5000"), panel.text());
        assertTrue(panel.text().contains("help@nspcc.org.uk"));
        assertTrue(panel.text().contains("999"));
        Element exit = page.getElementById("exit-this-page-button");
        assertNotNull(exit, path);
        assertEquals("nofollow noreferrer", exit.attr("rel"));
        assertEquals(uk.childstats.support.ExitStandIn.url(), exit.attr("href"), path + ": the configured EXIT_URL");
        assertEquals(1, page.select("h1").size(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forces/dorset-police", "/years/2016-17", "/official", "/downloads", "/help"})
    void everyPageHasADescriptionAnOpenGraphTitleAndAFaviconOfItsOwn(String path) {
        Document page = TestSite.page(path);
        String title = page.selectFirst("meta[property=og:title]").attr("content");
        assertTrue(page.title().startsWith(title), path + ": " + page.title());
        String description = page.selectFirst("meta[name=description]").attr("content");
        assertTrue(description.startsWith(title + ": ") && description.contains("children"), description);
        assertEquals(description, page.selectFirst("meta[property=og:description]").attr("content"));
        String icon = page.selectFirst("link[rel=icon]").attr("href");
        assertTrue(icon.startsWith("/"), "the favicon is served by the site itself: " + icon);
        assertEquals(200, TestSite.get(icon).statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forces/no-such-force", "/years/2016-18", "/years/1999-00", "/years/2016/17",
            "/forces/dorset-police/extra", "/forces/%3Cscript%3E"})
    void unknownAddressesAre404PagesWithoutInternals(String path) {
        HttpResponse<String> response = TestSite.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.body().contains("Page not found"), path);
        assertFalse(response.body().contains("Exception"));
        assertFalse(response.body().contains("<script>"));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("uk.childstats.support.SitePages#everyTemplate")
    void everyPageForbidsInlineScriptAndSendsNoReferrer(String path) {
        HttpResponse<String> response = TestSite.get(path);
        uk.childstats.support.SecurityHeadersCheck.assertAllPresent(response.headers(), path);
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("script:not([src])").stream().allMatch(s -> "application/json".equals(s.attr("type"))));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("uk.childstats.support.SitePages#everyTemplate")
    void headingsStartAtTheH1AndNeverSkipALevel(String path) {
        Document page = Jsoup.parse(TestSite.get(path).body());
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertEquals(1, levels.get(0), path + " " + levels);
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, path + " skips a level: " + levels);
        }
    }
}
