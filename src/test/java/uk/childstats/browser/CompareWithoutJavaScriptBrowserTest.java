package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.CHILD_POPULATION;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.URI;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.childstats.support.BrowserSession;
import uk.childstats.support.TestDatabase;

/** With JavaScript switched off, a reader builds a comparison of the official rates through the plain form. */
class CompareWithoutJavaScriptBrowserTest {
    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withoutJavaScript();

    @Test
    void tickingTwoForcesChoosingOfficialRatesAndPressingCompareGivesThatAddressAndTable() {
        WebDriver driver = BROWSER.driver();
        BROWSER.open("/compare");
        for (String id : List.of("series-official", "measure-rate", "force-dorset-police", "force-wiltshire-police")) {
            driver.findElement(By.cssSelector("label[for=" + id + "]")).click();
        }
        driver.findElement(By.cssSelector("form.compare-picker button[type=submit]")).click();
        new WebDriverWait(driver, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#chart-compare table")));

        List<String> query = Arrays.asList(URI.create(driver.getCurrentUrl()).getQuery().split("&"));
        assertEquals(List.of("series=official", "measure=rate", "force=dorset-police", "force=wiltshire-police"), query);
        assertEquals("Official figures (Home Office)",
                driver.findElement(By.cssSelector(".compare-series__name")).getText());
        WebElement row = driver.findElement(By.xpath("//figure[@id='chart-compare']//tbody/tr[th='2016/17']"));
        List<String> cells = row.findElements(By.tagName("td")).stream().map(WebElement::getText).toList();
        assertEquals(List.of(rate("dorset-police", "2016/17"), rate("wiltshire-police", "2016/17")), cells);
        assertEquals("3.5", cells.get(0), "497 offences ÷ 142,842 children × 1,000");
        WebElement first = driver.findElement(By.xpath("//figure[@id='chart-compare']//tbody/tr[th='2012/13']"));
        assertTrue(first.getText().endsWith("not available not available"), first.getText());
    }

    /** The official rate worked out here from the database: the year's counts summed, per 1,000 children. */
    private static String rate(String slug, String year) {
        DSLContext dsl = TestDatabase.withBundledData().dsl();
        long offences = dsl.select(DSL.sum(OFFICIAL_COUNT.OFFENCES)).from(OFFICIAL_COUNT)
                .where(OFFICIAL_COUNT.AREA_SLUG.eq(slug), OFFICIAL_COUNT.YEAR_LABEL.eq(year)).fetchOne().value1()
                .longValueExact();
        int children = dsl.select(CHILD_POPULATION.CHILDREN).from(CHILD_POPULATION)
                .where(CHILD_POPULATION.AREA_SLUG.eq(slug), CHILD_POPULATION.MID_YEAR.eq(Integer.parseInt(year.substring(0, 4))))
                .fetchOne(CHILD_POPULATION.CHILDREN);
        return BigDecimal.valueOf(offences * 1000).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }
}
