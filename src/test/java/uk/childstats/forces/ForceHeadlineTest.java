package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** The force page opens with the figure it is about: the latest year's total, its change and its rate. */
class ForceHeadlineTest {
    @Test
    void dorsetOpensWithItsLatestTotalTheChangeAndTheRate() {
        Document page = TestSite.page("/forces/dorset-police");
        Element headline = page.selectFirst("main .force-headline");
        // nspcc_foi_figures.csv: Dorset 2019/20 = 706, 2018/19 = 768; children mid-2019 = 143,436.
        // (706 - 768) / 768 = -8.07%; 706 / 143,436 * 1,000 = 4.92.
        assertEquals("706", headline.selectFirst(".headline-number").text());
        assertTrue(headline.text().startsWith("In 2019/20, the latest year it gave a figure for, Dorset Police recorded"),
                headline.text());
        assertTrue(headline.text().contains("down 62 (8.1%)"), headline.text());
        assertTrue(headline.text().contains("Per 1,000 children: 4.9"), headline.text());
        assertTrue(headline.text().contains("706 offences ÷ 143,436 children"), headline.text());
        assertEquals("#source-2019-20-total-offences", headline.selectFirst("a[href^=#]").attr("href"));
        assertEquals(page.selectFirst("main h1").nextElementSibling(), headline, "first after the title");
    }

    @Test
    void aForceWithNoPublishedTotalHasNoHeadlineAndItsEmptyYearsFoldAway() {
        Document page = TestSite.page("/forces/cheshire-constabulary");
        assertNull(page.selectFirst("main .force-headline"));
        assertTrue(page.selectFirst("#figures-caption").parents().is("details"));
        assertNull(page.selectFirst(".embed-code"), "no chart to embed");
    }
}
