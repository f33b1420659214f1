package uk.childstats.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import uk.childstats.support.BrowserSession;

/** A keyboard reaches every force area of the map, and a focused area is drawn in the focus colour. */
class MapKeyboardBrowserTest {
    @RegisterExtension
    static final BrowserSession BROWSER = BrowserSession.withoutJavaScript();

    @Test
    void tabReachesTheMapAreasAndFocusIsVisible() {
        WebDriver driver = BROWSER.driver();
        BROWSER.open("/map");
        driver.findElement(By.id("map-year")).click();
        driver.findElement(By.id("map-year")).sendKeys(Keys.ESCAPE);
        int areasReached = 0;
        for (int i = 0; i < 80 && areasReached < 43; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            WebElement active = driver.switchTo().activeElement();
            if (active.getAttribute("class") != null && active.getAttribute("class").contains("force-map__area")) {
                areasReached++;
                if (areasReached == 1) {
                    String fill = (String) ((JavascriptExecutor) driver).executeScript(
                            "return getComputedStyle(document.activeElement.querySelector('path')).fill;");
                    assertEquals("rgb(255, 221, 0)", fill);
                }
            }
        }
        assertTrue(areasReached == 43, "areas reached by Tab: " + areasReached);
    }
}
