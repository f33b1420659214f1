package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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

    @Test
    void theHomeHeadlineGivesTheDayFormBesideTheHoursForm() {
        String text = TestSite.page("/").selectFirst(".headline").text();
        // The UK 2022/23 figure, 86,962 (data README): 86,962 ÷ 365 = 238.25
        assertTrue(text.contains("That is about 238 a day. Working: 86,962 offences ÷ 365 days in 2022/23 = 238.3 a day."),
                text);
    }

    private static int count(String text, String pattern) {
        Matcher m = Pattern.compile(pattern).matcher(text);
        int n = 0;
        while (m.find()) {
            n++;
        }
        return n;
    }

    @Test
    void everyHoursFormHasItsDayOrWeekForm() {
        for (String address : List.of("/", "/forces/dorset-police", "/forces/derbyshire-constabulary",
                "/years/2016-17", "/years/2022-23")) {
            String text = TestSite.page(address).text();
            int hours = count(text, "about every [0-9,]+ (hours?|minutes?) in");
            assertTrue(hours > 0 || address.startsWith("/years"), address + " has an hours form");
            assertEquals(hours, count(text, "That is about [0-9,]+ a (day|week)\\."), address);
        }
    }
}
