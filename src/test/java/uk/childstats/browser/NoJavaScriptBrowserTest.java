package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import static uk.childstats.support.Numbers.uk;

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
        String shown = BROWSER.driver().findElements(By.cssSelector("table")).stream().filter(WebElement::isDisplayed)
                .map(WebElement::getText).collect(java.util.stream.Collectors.joining("\n"));
        String expected = aFigureFromTheFiles(path, BROWSER.driver().findElement(By.tagName("main")).getText());
        assertTrue(shown.contains(expected), path + " does not show " + expected + " in a table");
    }

    /** A figure each page's tables must show, worked out from the files in data/ (not a year label, not any digit). */
    private static String aFigureFromTheFiles(String path, String pageText) {
        var dorset = uk.childstats.support.FoiFiles.total("Dorset Police", "2014/15").orElseThrow();
        return switch (path) {
            case "/" -> uk(uk.childstats.support.FoiFiles.latestTotal("All UK forces").orElseThrow().getValue());
            case "/forces" -> uk(uk.childstats.support.FoiFiles.latestTotal("Dorset Police").orElseThrow().getValue());
            case "/forces/dorset-police", "/compare?force=dorset-police&force=wiltshire-police" -> uk(dorset);
            case "/years" -> uk.childstats.support.FoiFiles.forceTotals("2016/17").size() + " of "
                    + uk.childstats.support.FoiFiles.territorialForces().size();
            case "/years/2016-17" -> uk(uk.childstats.support.FoiFiles.forceTotals("2016/17").values().stream()
                    .max(Long::compare).orElseThrow());
            case "/official" -> uk(uk.childstats.official.EnglandAndWalesFromFiles.offences(
                    uk.childstats.official.EnglandAndWalesFromFiles.latestYear()));
            case "/official/2016-17" -> uk(uk.childstats.support.HomeOfficeCsv.yearTotalsByForce().get("Dorset")
                    .get("2016/17"));
            case "/map" -> dorsetOfficialRate(pageText);
            default -> throw new IllegalArgumentException("no expected figure for " + path);
        };
    }

    /** The map's default is the official rate of its latest year: Dorset's, from the Home Office and ONS files. */
    private static String dorsetOfficialRate(String pageText) {
        java.util.regex.Matcher year = java.util.regex.Pattern.compile("per 1,000 children, (\\d{4}/\\d{2})")
                .matcher(pageText);
        assertTrue(year.find(), "the map names no year");
        long offences = uk.childstats.support.HomeOfficeCsv.yearTotalsByForce().get("Dorset").get(year.group(1));
        long children = uk.childstats.support.HomeOfficeCsv.children("Dorset Police",
                Integer.parseInt(year.group(1).substring(0, 4)));
        return java.math.BigDecimal.valueOf(offences * 1000).divide(java.math.BigDecimal.valueOf(children), 1,
                java.math.RoundingMode.HALF_UP).toPlainString();
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
