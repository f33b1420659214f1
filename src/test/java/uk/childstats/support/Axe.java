package uk.childstats.support;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * axe-core (the copy the axe-core Selenium library ships) run in the open page for the WCAG tags we claim, answering
 * only its violations. The library's own AxeBuilder runs the same rules but opens a second window for every page and
 * sends back every pass as well, which took most of the accessibility suite's time; our pages have no frames for it
 * to reach into.
 */
public final class Axe {
    private static final String SOURCE = axeSource();

    private static final String RUN = """
            const done = arguments[arguments.length - 1];
            axe.run(document, { runOnly: { type: 'tag', values: arguments[0] }, resultTypes: ['violations'] })
              .then(r => done({ violations: r.violations.map(v => v.id + ': ' + v.help + ' at '
                    + v.nodes.map(n => JSON.stringify(n.target)).join(', ')) }),
                e => done({ error: String(e) }));""";

    private Axe() {
    }

    /** Each violated rule of the page open in the driver, with the elements that break it; empty when none. */
    @SuppressWarnings("unchecked")
    public static List<String> violations(WebDriver driver) {
        JavascriptExecutor js = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(js.executeScript("return typeof window.axe === 'object';"))) {
            js.executeScript(SOURCE);
        }
        Map<String, Object> result = (Map<String, Object>) js.executeAsyncScript(RUN, Browser.WCAG_TAGS);
        if (result.containsKey("error")) {
            throw new AssertionError("axe-core did not run on " + driver.getCurrentUrl() + ": " + result.get("error"));
        }
        return (List<String>) result.get("violations");
    }

    private static String axeSource() {
        try (InputStream in = AxeBuilder.class.getResourceAsStream("/axe.min.js")) {
            if (in == null) {
                throw new IllegalStateException("axe.min.js is not on the test classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
