package uk.childstats.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's headless Chromium driven through Debian's chromedriver. Selenium Manager is never asked to download
 * anything: both binaries are named. Without them the browser tests are skipped, except in CI, where they fail.
 */
public final class Browser {
    /** Debian's paths; -Dbrowser.chromium and -Dbrowser.chromedriver name others (to try a missing browser). */
    private static final Path CHROMIUM = Path.of(System.getProperty("browser.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER = Path.of(System.getProperty("browser.chromedriver", "/usr/bin/chromedriver"));

    private Browser() {
    }

    public static WebDriver start(boolean javaScript, int width, int height) {
        requireInstalled(CHROMIUM, CHROMEDRIVER, System.getenv("CI"));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-extensions", "--hide-scrollbars", "--force-device-scale-factor=1",
                "--window-size=" + width + "," + height, "--user-data-dir=" + tempProfile());
        if (!javaScript) {
            options.setExperimentalOption("prefs", Map.of("profile.managed_default_content_settings.javascript", 2));
        }
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        ChromeDriver driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(width, height));
        return driver;
    }

    /**
     * On a developer's machine a missing browser skips the browser tests; in CI (the CI variable set, as every CI
     * service sets it) it fails them, so a run without a browser can never pass as green.
     */
    static void requireInstalled(Path chromium, Path chromedriver, String ci) {
        if (Files.isExecutable(chromium) && Files.isExecutable(chromedriver)) {
            return;
        }
        String missing = chromium + " or " + chromedriver + " is not installed";
        if (ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false")) {
            throw new IllegalStateException(missing + ", and CI is set: the browser tests must run in CI"
                    + " (apt-get install -y chromium chromium-driver)");
        }
        Assumptions.abort(missing + ": browser tests skipped (they fail instead when CI is set)");
    }

    /** Saves a screenshot and the page source under target/browser-failures for a failed test. */
    public static void saveEvidence(WebDriver driver, String name) {
        try {
            Path dir = Files.createDirectories(Path.of("target", "browser-failures"));
            String safe = name.replaceAll("[^A-Za-z0-9._-]+", "_");
            Files.write(dir.resolve(safe + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
            Files.writeString(dir.resolve(safe + ".html"), driver.getPageSource());
        } catch (IOException | RuntimeException e) {
            System.err.println("Could not save browser evidence for " + name + ": " + e.getMessage());
        }
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("chromium-profile").toString();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");
}
