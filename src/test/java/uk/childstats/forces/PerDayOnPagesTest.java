package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** "One offence every N hours" is joined by "about N a day" (or a week), with its working. */
class PerDayOnPagesTest {
    @Test
    void dorset2016To17Is354OffencesAboutSevenAWeek() {
        Document page = TestSite.page("/forces/dorset-police");
        // 354 ÷ 365 days × 7 = 6.79
        String text = page.select(".derived__interval").eachText().toString();
        assertTrue(text.contains("That is about 7 a week. Working: 354 offences ÷ 365 days in 2016/17 × 7 = 6.8 a week."),
                text);
    }
}
