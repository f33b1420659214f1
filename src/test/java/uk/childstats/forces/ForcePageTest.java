package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** A force page shows each published value, its change, and every source behind it. */
class ForcePageTest {
    private static String rowText(Document page, String rowHeader) {
        for (Element row : page.select("tr")) {
            Element th = row.selectFirst("th[scope=row]");
            if (th != null && th.text().equals(rowHeader)) {
                return row.text();
            }
        }
        throw new AssertionError("no row " + rowHeader);
    }

    @Test
    void avonAndSomersetShows1483For2016To17() {
        Document page = TestSite.page("/forces/avon-and-somerset-constabulary");
        assertTrue(rowText(page, "2016/17").contains("1,483"), rowText(page, "2016/17"));
    }

    @Test
    void dorsetShows422For2015To16And332For2014To15WithTheChange() {
        Document page = TestSite.page("/forces/dorset-police");
        assertTrue(rowText(page, "2015/16").contains("422"));
        assertTrue(rowText(page, "2015/16").contains("up 90 (27.1%)"));
        assertTrue(rowText(page, "2014/15").contains("332"));
        assertEquals("Dorset Police: child sexual offences recorded, 2009/10 to 2022/23 – "
                + "Child sexual offences recorded by UK police", page.title());
    }

    @Test
    void aMissingFigureIsNotProvidedNeverZero() {
        Document page = TestSite.page("/forces/cheshire-constabulary");
        // The FOI table only: the official series below it has real zeros, explicit rows in the Home Office file.
        assertTrue(page.selectFirst("table").select("td").stream().noneMatch(td -> td.text().equals("0")));
        assertTrue(rowText(page, "2016/17").contains("not provided"));
        assertNotNull(page.selectFirst(".govuk-inset-text:contains(No figures from this force)"));
    }

    @Test
    void theSourcesOfAConflictingCellAreAllListed() {
        Document page = TestSite.page("/forces/gwent-police");
        Element evidence = page.getElementById("source-2014-15-total-offences");
        assertNotNull(evidence);
        assertTrue(evidence.text().contains("2014/15, Child sexual offences recorded: 706"));
        assertTrue(evidence.text().contains("Other published figures"));
        assertTrue(evidence.select("li strong").eachText().contains("389"));
    }

    @Test
    void aShareDividesAnAgeBandByTheTotalThatTheSameSourcePublished() {
        List<String> wales = TestSite.page("/forces/all-welsh-forces").select(".derived__share").eachText();
        assertTrue(wales.stream().anyMatch(t -> t.contains("(322 of 1,753)")), wales.toString());
        assertTrue(wales.stream().noneMatch(t -> t.contains("322 of 2,069")), wales.toString());
        List<String> uk = TestSite.page("/forces/all-uk-forces").select(".derived__share").eachText();
        assertTrue(uk.stream().noneMatch(t -> t.contains("of 56,324")), uk.toString());
    }

    @Test
    void lincolnshireShowsThe663TheForceCorrectedAndLists666AsAnotherPublishedFigure() {
        Document page = TestSite.page("/forces/lincolnshire-police");
        assertTrue(rowText(page, "2016/17").contains("663"), rowText(page, "2016/17"));
        assertFalse(rowText(page, "2016/17").contains("666"), rowText(page, "2016/17"));
        Element evidence = page.getElementById("source-2016-17-total-offences");
        assertTrue(evidence.text().contains("2016/17, Child sexual offences recorded: 663"), evidence.text());
        assertTrue(evidence.text().contains("corrected by the force, as reported by The Lincolnite"), evidence.text());
        assertTrue(evidence.text().contains("Other published figures"));
        assertEquals(List.of("666", "666"), evidence.select(".cell-sources > div li strong").eachText());
    }

    @Test
    void sourcesThatAgreeAreFoldedAwayAndOnlyDisagreeingOnesAreListedOpenly() {
        Element evidence = TestSite.page("/forces/avon-and-somerset-constabulary")
                .getElementById("source-2016-17-total-offences");
        assertTrue(evidence.select(".cell-sources > div li").isEmpty(), "no disagreeing figures for 1,483");
        Element details = evidence.selectFirst("details");
        assertEquals("The same figure from 2 other sources", details.selectFirst("summary").text());
        assertEquals(List.of("1,483", "1,483"), details.select("li strong").eachText());
    }
}
