package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.interactions.Actions;
import uk.childstats.support.BrowserSession;
import uk.childstats.support.SitePages;
import uk.childstats.support.TestSite;

/**
 * "No cookies, no local storage, no analytics, no third-party requests": what a real browser keeps and fetches
 * after using the pages with JavaScript, and what every page's HTML asks a browser to load.
 */
class NoStorageNoThirdPartiesBrowserTest {
    private static final List<String> PAGES = List.of("/", "/forces/dorset-police", "/years/2016-17",
            "/official/2016-17", "/compare?force=dorset-police&force=wiltshire-police", "/map", "/find?q=Newcastle",
            "/help", "/embed/forces/dorset-police");
    private static final List<String> ANALYTICS = List.of("google-analytics", "googletagmanager", "gtag(", "plausible",
            "matomo", "piwik", "hotjar", "segment.com", "clarity.ms", "doubleclick", "facebook.net", "fathom");

    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withJavaScript();

    @Test
    void nothingIsStoredAndEveryRequestStaysOnTheSite() {
        JavascriptExecutor js = (JavascriptExecutor) BROWSER.driver();
        for (String path : PAGES) {
            BROWSER.open(path);
            new Actions(BROWSER.driver()).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
            Object state = js.executeAsyncScript("""
                    const done = arguments[arguments.length - 1];
                    const databases = indexedDB.databases ? indexedDB.databases() : Promise.resolve([]);
                    databases.then(dbs => done([localStorage.length, sessionStorage.length, document.cookie,
                        dbs.length, 'serviceWorker' in navigator && navigator.serviceWorker.controller !== null]));
                    """);
            assertEquals(List.of(0L, 0L, "", 0L, false), state, path + ": storage, cookies, IndexedDB, service worker");
            @SuppressWarnings("unchecked")
            List<String> requested = (List<String>) js.executeScript(
                    "return performance.getEntries().map(e => e.name).filter(n => n.startsWith('http'));");
            assertFalse(requested.isEmpty(), path);
            for (String url : requested) {
                assertTrue(url.startsWith(TestSite.baseUrl() + "/"), path + " requested " + url);
            }
        }
        assertTrue(BROWSER.driver().manage().getCookies().isEmpty(), "the browser holds a cookie from the site");
    }

    @Test
    void noPageAsksABrowserToLoadAnythingFromAnotherSiteOrRunsAnalytics() {
        for (String path : SitePages.EVERY_TEMPLATE) {
            Document page = org.jsoup.Jsoup.parse(TestSite.get(path).body(), TestSite.baseUrl() + path);
            for (Element loaded : page.select("script[src], link[href]:not([rel~=(?i)canonical]), img[src], iframe[src],"
                    + " source[src], video[src], audio[src], object[data], embed[src], form[action]")) {
                String attribute = loaded.hasAttr("src") ? "src" : loaded.hasAttr("href") ? "href"
                        : loaded.hasAttr("data") ? "data" : "action";
                String url = loaded.absUrl(attribute);
                assertTrue(url.startsWith(TestSite.baseUrl() + "/"), path + " loads " + loaded.outerHtml());
            }
            String html = page.html().toLowerCase(Locale.ROOT);
            ANALYTICS.forEach(a -> assertFalse(html.contains(a), path + " mentions " + a));
            assertTrue(page.select("[style*=url(http]").isEmpty(), path);
        }
    }
}
