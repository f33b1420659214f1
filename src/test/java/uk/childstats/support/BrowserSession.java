package uk.childstats.support;

import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.WebDriver;

/** One browser per test class; a failed test leaves its screenshot and page source under target/. */
public final class BrowserSession implements BeforeAllCallback, AfterAllCallback, TestWatcher {
    private final boolean javaScript;
    private WebDriver driver;

    private BrowserSession(boolean javaScript) {
        this.javaScript = javaScript;
    }

    public static BrowserSession withJavaScript() {
        return new BrowserSession(true);
    }

    public static BrowserSession withoutJavaScript() {
        return new BrowserSession(false);
    }

    public WebDriver driver() {
        return driver;
    }

    /** Opens a path of the site. */
    public void open(String path) {
        driver.get(TestSite.baseUrl() + path);
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        TestSite.baseUrl();
        driver = Browser.start(javaScript, 1280, 900);
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            driver.quit();
        }
    }

    @Override
    public void testFailed(ExtensionContext context, Throwable cause) {
        if (driver != null) {
            Browser.saveEvidence(driver, context.getRequiredTestClass().getSimpleName() + "-" + context.getDisplayName());
        }
    }
}
