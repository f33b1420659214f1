package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.childstats.support.BrowserSession;
import uk.childstats.support.ExitStandIn;
import uk.childstats.support.TestSite;

/** The quick exit, as a keyboard user and a touch user would use it. */
class QuickExitBrowserTest {
    private static final String FIGURES_PAGE = "/forces/dorset-police";

    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withJavaScript();

    private WebDriver driver;

    @BeforeEach
    void startFromABlankPage() {
        driver = BROWSER.driver();
        driver.manage().window().setSize(new Dimension(375, 800));
        driver.get("about:blank");
        BROWSER.open(FIGURES_PAGE);
    }

    private void waitForStandIn() {
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(ExpectedConditions.titleIs(ExitStandIn.TITLE));
    }

    private static void pressShift(WebDriver driver) {
        new Actions(driver).keyDown(Keys.SHIFT).keyUp(Keys.SHIFT).perform();
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void tabReachesTheSkipLinkThenTheExitButton() {
        driver.findElement(By.tagName("body")).sendKeys(Keys.TAB);
        WebElement first = driver.switchTo().activeElement();
        assertEquals("Skip to main content", first.getText());
        first.sendKeys(Keys.TAB);
        WebElement second = driver.switchTo().activeElement();
        assertEquals("exit-this-page-button", second.getAttribute("id"));
        assertTrue(second.isDisplayed());
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void pressingShiftThreeTimesLeavesThePageAndBackDoesNotReturnToIt() {
        pressShift(driver);
        assertEquals("Shift, press 2 more times to exit.", hintText());
        pressShift(driver);
        assertEquals("Shift, press 1 more time to exit.", hintText());
        pressShift(driver);
        waitForStandIn();
        assertTrue(driver.getCurrentUrl().startsWith(ExitStandIn.url()));
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().startsWith(ExitStandIn.url()));
        assertNotEquals(TestSite.baseUrl() + FIGURES_PAGE, driver.getCurrentUrl());
        assertTrue(driver.findElements(By.cssSelector("table")).isEmpty(), "Back showed the figures again");
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void anotherKeyBetweenShiftPressesStartsTheCountAgain() {
        pressShift(driver);
        pressShift(driver);
        new Actions(driver).sendKeys("a").perform();
        pressShift(driver);
        assertEquals("Shift, press 2 more times to exit.", hintText());
        assertEquals(TestSite.baseUrl() + FIGURES_PAGE, driver.getCurrentUrl());
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void spaceOnTheFocusedButtonLeavesThePageAsEnterDoes() {
        WebElement exit = driver.findElement(By.id("exit-this-page-button"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].focus();", exit);
        new Actions(driver).sendKeys(Keys.SPACE).perform();
        waitForStandIn();
        assertTrue(driver.getCurrentUrl().startsWith(ExitStandIn.url()));
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void clickingTheButtonHidesThePageAndLeaves() {
        driver.findElement(By.id("exit-this-page-button")).click();
        waitForStandIn();
        driver.navigate().back();
        new WebDriverWait(driver, Duration.ofSeconds(10)).until(d -> !d.getCurrentUrl().startsWith(ExitStandIn.url()));
        assertNotEquals(TestSite.baseUrl() + FIGURES_PAGE, driver.getCurrentUrl());
    }

    /** The three presses must fall within five seconds of the first; after that the hint says it expired. */
    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void theShiftPressesExpireFiveSecondsAfterTheFirst() throws InterruptedException {
        pressShift(driver);
        pressShift(driver);
        Thread.sleep(5_600);
        assertEquals("Exit this page expired.", hintText());
        pressShift(driver);
        assertEquals("Shift, press 2 more times to exit.", hintText(), "the count starts again after expiry");
        assertEquals(TestSite.baseUrl() + FIGURES_PAGE, driver.getCurrentUrl());
    }

    @Execution(ExecutionMode.CONCURRENT)
    @Test
    void threePressesWithinTheWindowExitEvenWhenSpreadOut() throws InterruptedException {
        pressShift(driver);
        Thread.sleep(3_500);
        assertEquals("Shift, press 2 more times to exit.", hintText(), "not expired within five seconds");
        pressShift(driver);
        pressShift(driver);
        waitForStandIn();
        assertTrue(driver.getCurrentUrl().startsWith(ExitStandIn.url()));
    }

    private String hintText() {
        return (String) ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "return document.getElementById('exit-this-page-hint').textContent;");
    }
}
