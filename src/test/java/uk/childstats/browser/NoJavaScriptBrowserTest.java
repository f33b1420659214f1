package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.childstats.support.BrowserSession;
import uk.childstats.support.ExitStandIn;

/** With JavaScript switched off, every page still shows its figures and the exit link still works. */
class NoJavaScriptBrowserTest {
    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withoutJavaScript();

    static java.util.stream.Stream<String> pagesWithFigures() {
        return uk.childstats.support.SitePages.WITH_FIGURES.stream();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithFigures")
    void everyPageShowsItsTablesOfFigures(String path) {
        BROWSER.open(path);
        WebElement table = BROWSER.driver().findElement(By.cssSelector("table"));
        assertTrue(table.isDisplayed());
        assertFalse(table.findElements(By.cssSelector("tbody tr")).isEmpty());
        assertTrue(table.getText().matches("(?s).*\\d.*"), "no figures in the table of " + path);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pagesWithFigures")
    void noChartLeavesAnEmptyBoxAndEveryShownFigureHoldsItsTable(String path) {
        BROWSER.open(path);
        for (WebElement canvas : BROWSER.driver().findElements(By.tagName("canvas"))) {
            assertFalse(canvas.isDisplayed(), "an undrawn chart box is shown on " + path);
        }
        for (WebElement figure : BROWSER.driver().findElements(By.cssSelector("main figure"))) {
            if (figure.isDisplayed()) {
                assertTrue(figure.findElements(By.tagName("table")).stream().anyMatch(WebElement::isDisplayed),
                        "a figure without its table on " + path);
            }
        }
    }

    @Test
    void theOfficialChartIsHiddenWholeAndItsTablesStandInItsPlace() {
        for (String path : java.util.List.of("/official", "/forces/dorset-police")) {
            BROWSER.open(path);
            WebElement chart = BROWSER.driver().findElement(By.cssSelector("figure.chart--stackedBar"));
            assertFalse(chart.isDisplayed(), "no caption promising a chart on " + path);
            assertTrue(BROWSER.driver().findElement(By.cssSelector("table.official-by-type")).isDisplayed(), path);
        }
    }

    @Test
    void theDorsetFiguresAreReadable() {
        BROWSER.open("/forces/dorset-police");
        String text = BROWSER.driver().findElement(By.cssSelector("table")).getText();
        assertTrue(text.contains("422"));
        assertTrue(text.contains("up 90 (27.1%)"));
    }

    @Test
    void theExitLinkWorksAsAPlainLink() {
        BROWSER.open("/years/2016-17");
        BROWSER.driver().findElement(By.id("exit-this-page-button")).click();
        new WebDriverWait(BROWSER.driver(), Duration.ofSeconds(10)).until(ExpectedConditions.titleIs(ExitStandIn.TITLE));
        assertEquals(ExitStandIn.url(), BROWSER.driver().getCurrentUrl());
    }
}
