package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import uk.childstats.support.Axe;
import uk.childstats.support.BrowserSession;
import uk.childstats.support.SitePages;

/** Every page template, on a phone and on a desktop, in a real Chromium with axe-core. */
class AccessibilityBrowserTest {
    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withJavaScript();

    static Stream<Arguments> everyTemplateAtEverySize() {
        return SitePages.EVERY_TEMPLATE.stream().flatMap(path -> Stream.of(
                Arguments.of(path, 320, 800), Arguments.of(path, 1280, 900)));
    }

    private static void resize(WebDriver driver, int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} at {1}x{2}")
    @MethodSource("everyTemplateAtEverySize")
    void axeFindsNoWcagViolationsAndTheHelpNumbersAreVisible(String path, int width, int height) {
        WebDriver driver = BROWSER.driver();
        resize(driver, width, height);
        BROWSER.open(path);
        List<String> violations = Axe.violations(driver);
        assertTrue(violations.isEmpty(), () -> path + " at " + width + " px:\n" + String.join("\n", violations));
        WebElement panel = driver.findElement(By.cssSelector("aside.help-panel"));
        for (String number : List.of("0800 1111", "0808 800 5000")) {
            WebElement link = panel.findElement(By.xpath(".//a[normalize-space()='" + number + "']"));
            assertTrue(link.isDisplayed(), number + " is not visible on " + path);
        }
        assertTrue(driver.findElement(By.id("exit-this-page-button")).isDisplayed());
    }

    static Stream<Arguments> everyTemplateOnASmallPhoneAndAt200PercentZoom() {
        return SitePages.EVERY_TEMPLATE.stream().flatMap(path -> Stream.of(Arguments.of(path, 320),
                Arguments.of(path, 640)));
    }

    /** 640 CSS pixels is a 1280-pixel window at 200% zoom. */
    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("everyTemplateOnASmallPhoneAndAt200PercentZoom")
    void noPageScrollsSideways(String path, int width) {
        WebDriver driver = BROWSER.driver();
        resize(driver, width, 800);
        BROWSER.open(path);
        long scrollWidth = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth;");
        long clientWidth = (Long) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth;");
        assertEquals(clientWidth, scrollWidth, path + " is wider than the screen");
    }

    /** The embed is framed by other sites, so it has no help panel of its own, but it is a page like the rest. */
    static Stream<Arguments> everyEmbedAtEverySize() {
        return Stream.of("/embed/forces/dorset-police", "/embed/map").flatMap(path -> Stream.of(
                Arguments.of(path, 320), Arguments.of(path, 1280)));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @ParameterizedTest(name = "{0} at {1} px")
    @MethodSource("everyEmbedAtEverySize")
    void theEmbedPassesAxeAndOffersTheExitAndHelplines(String path, int width) {
        WebDriver driver = BROWSER.driver();
        resize(driver, width, 900);
        BROWSER.open(path);
        List<String> violations = Axe.violations(driver);
        assertTrue(violations.isEmpty(), () -> path + " at " + width + " px:\n" + String.join("\n", violations));
        assertTrue(driver.findElement(By.cssSelector("a.embed-exit__button")).isDisplayed());
        assertTrue(driver.findElement(By.xpath("//a[normalize-space()='0800 1111']")).isDisplayed());
    }
}
