package uk.childstats.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

/**
 * One browser per test class, or one per thread for tests marked to run concurrently (each thread resizes and
 * navigates its own window); a failed test leaves its screenshot and page source under target/.
 */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private final boolean javaScript;
    private final Map<Thread, WebDriver> drivers = new ConcurrentHashMap<>();

    private BrowserSession(boolean javaScript) {
        this.javaScript = javaScript;
    }

    public static BrowserSession withJavaScript() {
        return new BrowserSession(true);
    }

    public static BrowserSession withoutJavaScript() {
        return new BrowserSession(false);
    }

    /** The calling thread's browser, started on first use. */
    public WebDriver driver() {
        return drivers.computeIfAbsent(Thread.currentThread(), thread -> Browser.start(javaScript, 1280, 900));
    }

    /** Opens a path of the site. */
    public void open(String path) {
        driver().get(TestSite.baseUrl() + path);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestSite.baseUrl();
        driver();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        drivers.values().forEach(WebDriver::quit);
        drivers.clear();
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        WebDriver driver = drivers.get(Thread.currentThread());
        if (driver != null) {
            Browser.saveEvidence(driver, context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
        }
    }
}
