package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
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

    /**
     * Each drawn chart's problems: not drawn, not the site's type, more than four colours, or (for charts with years
     * along the axis) year labels that overlap, run off the canvas, miss the latest year or are thinned unevenly.
     */
    private static final String CHART_PROBLEMS = """
            const out = [];
            for (const canvas of document.querySelectorAll('figure.chart canvas')) {
              const id = canvas.closest('figure').id, chart = Chart.getChart(canvas);
              if (!chart) { out.push(id + ': not drawn'); continue; }
              const font = Chart.defaults.font;
              if (!/^Arial/.test(font.family) || font.size < 14 || Chart.defaults.color !== '#0b0c0c')
                out.push(id + ': type ' + font.size + 'px ' + font.family + ' ' + Chart.defaults.color);
              const colours = new Set(chart.data.datasets.map(d => d.backgroundColor));
              if (colours.size > 4) out.push(id + ': ' + colours.size + ' colours');
              if (chart.options.indexAxis === 'y') continue;
              const x = chart.scales.x, ctx = chart.ctx;
              ctx.save(); ctx.font = font.size + 'px ' + font.family;
              const shown = x.ticks.map((t, i) => ({ i, text: String(t.label || ''), at: x.getPixelForTick(i) }))
                .filter(t => t.text !== '').map(t => ({ ...t, w: ctx.measureText(t.text).width }));
              ctx.restore();
              if (!shown.length || shown[shown.length - 1].i !== x.ticks.length - 1) out.push(id + ': latest year unlabelled');
              const steps = new Set(shown.slice(1).map((t, k) => t.i - shown[k].i));
              if (steps.size > 1) out.push(id + ': uneven year labels ' + shown.map(t => t.text));
              shown.forEach((t, k) => {
                if (t.at - t.w / 2 < 0 || t.at + t.w / 2 > chart.width) out.push(id + ': ' + t.text + ' off the canvas');
                if (k > 0 && t.at - t.w / 2 < shown[k - 1].at + shown[k - 1].w / 2 + 2) out.push(id + ': ' + t.text + ' overlaps');
              });
            }
            return out;""";

    static Stream<Arguments> pagesWithChartsOnAPhoneAndALaptop() {
        return Stream.of("/", "/forces/dorset-police", "/years/2016-17", "/official",
                "/compare?force=dorset-police&force=wiltshire-police", "/embed/forces/dorset-police")
                .flatMap(path -> Stream.of(Arguments.of(path, 320, 640), Arguments.of(path, 1280, 900)));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("pagesWithChartsOnAPhoneAndALaptop")
    void everyChartIsDrawnInTheSitesTypeWithAFewColoursAndYearLabelsThatFit(String path, int width, int height) {
        WebDriver driver = openAt(path, width, height);
        assertTrue(!driver.findElements(org.openqa.selenium.By.cssSelector("figure.chart canvas")).isEmpty(), "no chart on " + path);
        List<String> problems = run(driver, CHART_PROBLEMS);
        assertTrue(problems.isEmpty(), path + " at " + width + " px: " + problems);
    }

    /** The frame height the force page's embed code suggests. */
    private int suggestedEmbedHeight() {
        WebDriver driver = openAt("/forces/dorset-police", 1280, 900);
        String code = driver.findElement(org.openqa.selenium.By.cssSelector(".embed-code")).getText();
        java.util.regex.Matcher height = java.util.regex.Pattern.compile("height=\"(\\d+)\"").matcher(code);
        assertTrue(height.find(), code);
        return Integer.parseInt(height.group(1));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "a frame {0} px wide")
    @ValueSource(ints = {320, 480, 640})
    void theEmbedFitsTheHeightItsCodeSuggestsWithTheSourceAndHelpLineInView(int width) {
        int height = suggestedEmbedHeight();
        WebDriver driver = openAt("/embed/forces/dorset-police", width, height);
        Object fits = ((JavascriptExecutor) driver).executeScript("""
                const bottom = (s) => document.querySelector(s).getBoundingClientRect().bottom;
                return { page: document.documentElement.scrollHeight <= innerHeight,
                  source: bottom('.embed-source') <= innerHeight, help: bottom('.embed-help') <= innerHeight };""");
        assertEquals(Map.of("page", true, "source", true, "help", true), fits, "embed at " + width + " x " + height);
    }

    /** Where the embed's parts sit: the chart's box, the source line and the help line. */
    private static final String EMBED_LAYOUT = """
            const at = (s) => Math.round(document.querySelector(s).getBoundingClientRect().top);
            return [Math.round(document.querySelector('.chart__canvas-box').getBoundingClientRect().height),
              at('.embed-source'), at('.embed-help')];""";

    /**
     * The layout before any script has run (both scripts blocked, JavaScript still on, so the no-script styles do not
     * apply) is the layout once the chart is drawn: the box is kept at its height from the start, nothing moves.
     */
    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void theEmbedDoesNotShiftAsItsChartIsDrawn() {
        ChromeDriver chrome = (ChromeDriver) openAt("/embed/forces/dorset-police", 320, 640);
        Object drawn = chrome.executeScript(EMBED_LAYOUT);
        assertTrue(chartIsDrawn(chrome), "the chart was drawn");
        chrome.executeCdpCommand("Network.enable", Map.of());
        chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
        chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of("*/js/charts.js", "*chart.umd.js")));
        try {
            BROWSER.open("/embed/forces/dorset-police");
            assertEquals(drawn, chrome.executeScript(EMBED_LAYOUT), "box height, source and help line tops before drawing");
        } finally {
            chrome.executeCdpCommand("Network.setBlockedURLs", Map.of("urls", List.of()));
            chrome.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", false));
        }
    }

    private static boolean chartIsDrawn(WebDriver driver) {
        return Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
                "return !!Chart.getChart(document.querySelector('figure.chart canvas'));"));
    }

    static Stream<Arguments> keyPagesOnAPhoneAndALaptop() {
        return KEY_PAGES.stream().flatMap(path -> Stream.of(Arguments.of(path, 320, 640), Arguments.of(path, 1280, 900)));
    }

    /** How much wider and taller the window is than its viewport, once measured (so each page loads once). */
    private static volatile Dimension frame = new Dimension(0, 0);

    /** Opens a page with a viewport (not a window) of the given size. */
    private WebDriver openAt(String path, int width, int height) {
        WebDriver driver = BROWSER.driver();
        driver.manage().window().setSize(new Dimension(width + frame.width, height + frame.height));
        BROWSER.open(path);
        long innerWidth = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerWidth;");
        long innerHeight = (Long) ((JavascriptExecutor) driver).executeScript("return window.innerHeight;");
        if (innerWidth != width || innerHeight != height) {
            frame = new Dimension(frame.width + width - (int) innerWidth, frame.height + height - (int) innerHeight);
            driver.manage().window().setSize(new Dimension(width + frame.width, height + frame.height));
            BROWSER.open(path);
        }
        return driver;
    }

    @SuppressWarnings("unchecked")
    private static List<String> run(WebDriver driver, String script) {
        return (List<String>) ((JavascriptExecutor) driver).executeScript(script);
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("keyPagesOnAPhoneAndALaptop")
    void everyFigureAndLinkInATableIsInSightWithoutScrollingSideways(String path, int width, int height) {
        List<String> hidden = run(openAt(path, width, height), HIDDEN_CELLS);
        assertTrue(hidden.isEmpty(), hidden.size() + " cells out of sight on " + path + ", e.g. " + hidden.stream().limit(5).toList());
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("keyPagesOnAPhoneAndALaptop")
    void noFocusedControlIsUnderTheStickyExitBar(String path, int width, int height) {
        List<String> obscured = run(openAt(path, width, height), FOCUS_UNDER_STICKY);
        assertTrue(obscured.isEmpty(), obscured.size() + " focused controls under a sticky bar on " + path + ", e.g. "
                + obscured.stream().limit(5).toList());
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"/", "/forces", "/forces/dorset-police", "/years/2016-17", "/official", "/official/2016-17",
            "/downloads"})
    void theFirstScreenOfASmallPhoneShowsTheTitleItsFigureTheExitAndBothHelplineNumbers(String path) {
        WebDriver driver = openAt(path, 320, 568);
        Object inView = ((JavascriptExecutor) driver).executeScript("""
                const seen = (el) => { if (!el) return false; const r = el.getBoundingClientRect();
                  return r.height > 0 && r.top >= 0 && r.bottom <= innerHeight && r.left >= 0 && r.right <= innerWidth; };
                const number = (n) => Array.from(document.querySelectorAll('a[href^="tel:"]'))
                  .some(a => a.textContent.trim() === n && seen(a));
                const figure = document.querySelector('main .headline-number');
                return { h1: seen(document.querySelector('h1')), exit: seen(document.getElementById('exit-this-page-button')),
                  childline: number('0800 1111'), nspcc: number('0808 800 5000'), figure: !figure || seen(figure) };""");
        assertEquals(Map.of("h1", true, "exit", true, "childline", true, "nspcc", true, "figure", true), inView,
                path + " first screen at 320x568");
    }

    /** 180 mm, the width of A4 inside 15 mm margins, in CSS pixels. */
    private static final int A4_PRINT_WIDTH = 680;

    @Execution(ExecutionMode.CONCURRENT)
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
