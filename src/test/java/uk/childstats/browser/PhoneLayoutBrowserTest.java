package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import uk.childstats.support.BrowserSession;

/** What a reader on a 320 px phone and on a laptop can see without scrolling a box sideways or moving a bar. */
class PhoneLayoutBrowserTest {
    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withJavaScript();

    private static final List<String> KEY_PAGES = List.of("/", "/forces", "/forces/dorset-police", "/years/2016-17",
            "/official", "/official/2016-17", "/downloads",
            "/compare?series=official&measure=rate&force=dorset-police&force=wiltshire-police");

    /** Table cells holding a figure or a link that lie outside the viewport or outside a scroll box around them. */
    private static final String HIDDEN_CELLS = """
            const out = [];
            for (const c of document.querySelectorAll('main table td, main table th')) {
              const text = c.innerText.trim();
              if (!(/\\d/.test(text) || c.querySelector('a'))) continue;
              const r = c.getBoundingClientRect();
              if (r.width === 0) continue;
              let left = 0, right = document.documentElement.clientWidth;
              for (let a = c.parentElement; a; a = a.parentElement) {
                if (/(auto|scroll|hidden)/.test(getComputedStyle(a).overflowX)) {
                  const ar = a.getBoundingClientRect();
                  left = Math.max(left, ar.left); right = Math.min(right, ar.right);
                }
              }
              if (r.right > right + 2 || r.left < left - 2) out.push(text.slice(0, 40));
            }
            return out;""";

    /**
     * Focuses every control in main, last to first (as Shift+Tab does, which scrolls each into view at the top),
     * then first to last, and lists those whose visible point lies under a sticky or fixed element.
     */
    private static final String FOCUS_UNDER_STICKY = """
            const stuck = (n) => { for (; n; n = n.parentElement) {
              const p = getComputedStyle(n).position; if (p === 'sticky' || p === 'fixed') return true; } return false; };
            const controls = Array.from(document.querySelectorAll(
              'main a[href], main button, main input, main select, main summary, main [tabindex="0"]'));
            const out = [];
            for (const el of controls.slice().reverse().concat(controls)) {
              el.focus();
              if (document.activeElement !== el) continue;
              const r = el.getBoundingClientRect();
              if (r.width === 0 || r.height === 0) continue;
              const x = Math.min(Math.max(r.left + Math.min(r.width / 2, 20), 0), innerWidth - 1);
              const y = r.top + Math.min(r.height / 2, 8);
              if (y < 0 || y >= innerHeight) continue;
              const top = document.elementFromPoint(x, y);
              if (top && !el.contains(top) && !top.contains(el) && stuck(top)) out.push((el.innerText || el.outerHTML).slice(0, 40));
            }
            return out;""";

    static Stream<Arguments> keyPagesOnAPhoneAndALaptop() {
        return KEY_PAGES.stream().flatMap(path -> Stream.of(Arguments.of(path, 320, 640), Arguments.of(path, 1280, 900)));
    }

    /** Opens a page with a viewport (not a window) of the given size. */
    private WebDriver openAt(String path, int width, int height) {
        WebDriver driver = BROWSER.driver();
        driver.manage().window().setSize(new Dimension(width, height));
        BROWSER.open(path);
        long innerWidth = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        long innerHeight = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
        if (innerWidth != width || innerHeight != height) {
            driver.manage().window().setSize(new Dimension(2 * width - (int) innerWidth, 2 * height - (int) innerHeight));
            BROWSER.open(path);
        }
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(WebDriver driver, String script) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("keyPagesOnAPhoneAndALaptop")
    void everyFigureAndLinkInATableIsInSightWithoutScrollingSideways(String path, int width, int height) {
        List<String> hidden = run(openAt(path, width, height), HIDDEN_CELLS);
        assertTrue(hidden.isEmpty(), hidden.size() + " cells out of sight on " + path + ", e.g. " + hidden.stream().limit(5).toList());
    }

    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("keyPagesOnAPhoneAndALaptop")
    void noFocusedControlIsUnderTheStickyExitBar(String path, int width, int height) {
        List<String> obscured = run(openAt(path, width, height), FOCUS_UNDER_STICKY);
        assertTrue(obscured.isEmpty(), obscured.size() + " focused controls under a sticky bar on " + path + ", e.g. "
                + obscured.stream().limit(5).toList());
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/forces", "/forces/dorset-police", "/years/2016-17", "/official", "/downloads"})
    void theFirstScreenOfASmallPhoneShowsTheTitleTheExitAndBothHelplineNumbers(String path) {
        WebDriver driver = openAt(path, 320, 568);
        Object inView = ((JavascriptExecutor) driver).executeScript("""
                const seen = (el) => { if (!el) return false; const r = el.getBoundingClientRect();
                  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; };
                const number = (n) => Array.from(document.querySelectorAll('a[href^="tel:"]'))
                  .some(a => a.textContent.trim() === n && seen(a));
                return { h1: seen(document.querySelector('h1')), exit: seen(document.getElementById('exit-this-page-button')),
                  childline: number('0800 1111'), nspcc: number('0808 800 5000') };""");
        assertEquals(Map.of("h1", true, "exit", true, "childline", true, "nspcc", true), inView,
                path + " first screen at 320x568");
    }

    /** 180 mm, the width of A4 inside 15 mm margins, in CSS pixels. */
    private static final int A4_PRINT_WIDTH = 680;

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/forces/dorset-police", "/years/2016-17", "/official", "/official/2016-17"})
    void inPrintNoTableIsWiderThanAnA4Page(String path) {
        WebDriver driver = openAt(path, A4_PRINT_WIDTH, 900);
        ChromeDriver chrome = (ChromeDriver) driver;
        chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        try {
            List<String> wide = run(driver, """
                    const page = document.documentElement.clientWidth;
                    return Array.from(document.querySelectorAll('table'))
                      .filter(t => t.getBoundingClientRect().width > 0 && (t.getBoundingClientRect().right > page + 1
                        || t.scrollWidth > t.clientWidth + 1))
                      .map(t => (t.caption ? t.caption.innerText : t.id).slice(0, 50));""");
            assertTrue(wide.isEmpty(), "tables wider than A4 in print on " + path + ": " + wide);
        } finally {
            chrome.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        }
    }
}
