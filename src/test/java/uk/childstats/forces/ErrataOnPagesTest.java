package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** The rows foi_errata.csv sets aside are listed as set aside, with the reason, and never shown as the figure. */
class ErrataOnPagesTest {
    private static String rowText(Document page, String year) {
        return page.selectFirst("table").select("tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(year)).findFirst().orElseThrow().text();
    }

    @Test
    void suffolkShows604For2015To16AndTheChangeTo773FollowsFromIt() {
        Document page = TestSite.page("/forces/suffolk-constabulary");
        assertTrue(rowText(page, "2015/16").contains("604"), rowText(page, "2015/16"));
        assertFalse(rowText(page, "2015/16").contains("608"));
        // 773 - 604 = 169; 169 / 604 = 27.98%
        assertTrue(rowText(page, "2016/17").contains("up 169 (28.0%)"), rowText(page, "2016/17"));
        Element evidence = page.getElementById("source-2015-16-total-offences");
        assertTrue(evidence.text().contains("608") && evidence.text().contains("Set aside: 608 is Cambridgeshire"),
                evidence.text());
    }

    @Test
    void theRowsWithNoOtherSourceAreListedAsSetAsideAndNotShown() {
        Document lancashire = TestSite.page("/forces/lancashire-constabulary");
        assertFalse(rowText(lancashire, "2016/17").contains("193"), rowText(lancashire, "2016/17"));
        Element listed = lancashire.selectFirst(".set-aside-list");
        assertTrue(listed.text().contains("193 (victims_under_1, 2016/17)") && listed.text().contains("Set aside: 193 is "
                + "the UK-wide figure"), listed.text());

        Document cleveland = TestSite.page("/forces/cleveland-police");
        assertTrue(cleveland.selectFirst(".set-aside-list").text().contains("270 (victims_under_4, 2015/16)"));

        Document uk = TestSite.page("/forces/all-uk-forces");
        assertTrue(uk.selectFirst(".set-aside-list").text().contains("22,654 (total_offences, 2012/13)"));
        assertFalse(rowText(uk, "2012/13").contains("22,654"), rowText(uk, "2012/13"));
    }

    @Test
    void theHomePageNeverUsesTheMislabelledUkFigure() {
        Document home = TestSite.page("/");
        Element row = home.select("#chart-national-totals table tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("2012/13")).findFirst().orElseThrow();
        assertTrue(row.select("td").get(0).text().equals("not provided"), row.text());
        assertTrue(row.select("td").get(1).text().equals("22,654"), "it is the England and Wales figure");
        String description = home.selectFirst(".chart__description").text();
        assertFalse(description.contains("22,654"), description);
    }
}
