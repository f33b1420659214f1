package uk.childstats.years;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** A year page shows the UK and national totals and ranks the forces that provided one. */
class YearPageTest {
    @Test
    void theYearPageShowsTheUkTotal64667() {
        Document page = TestSite.page("/years/2016-17");
        Element uk = page.select(".govuk-summary-list__row").stream()
                .filter(r -> r.selectFirst("dt").text().equals("All UK forces")).findFirst().orElseThrow();
        assertEquals("64,667", uk.selectFirst(".headline-number").text());
    }
}
