package uk.childstats.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Revisions;
import uk.childstats.support.TestSite;

/** The bundled database imports October 2023 then April 2026: the revisions between them, as pages and CSV. */
class RevisionsPageTest {
    private static final String APRIL = "Home Office police recorded crime, release of 23 April 2026";
    private static final String OCTOBER = "Home Office police recorded crime, release of 19 October 2023";

    private static Element aprilRow(Document page) {
        return page.select("#releases tbody tr").stream().filter(r -> r.text().contains(APRIL)).findFirst()
                .orElseThrow();
    }

    @Test
    void releasesAreListedNewestFirstWithCountsTheTestMakesFromTheTwoFiles() {
        Document page = TestSite.page("/about/revisions");
        List<String> names = page.select("#releases tbody tr th a").eachText();
        assertEquals(List.of(APRIL, OCTOBER), names);
        Revisions.Counts expected = Revisions.counts();
        assertEquals(221, expected.revised(), "the data README's own count");
        List<String> cells = aprilRow(page).select("td").eachText();
        assertEquals(List.of(String.valueOf(expected.added()), String.valueOf(expected.revised()),
                String.valueOf(expected.withdrawn())), cells.subList(0, 3));
        assertTrue(cells.get(3).contains("5e60ae7687fcba5458f3f25563ecdb045f738c567292615065860f66d45d162a"),
                "the SHA-256 the data README gives for the file");
    }

    @Test
    void theReleasePageListsEachRevisedFigureAndItsCsvTheSame() {
        String href = aprilRow(TestSite.page("/about/revisions")).selectFirst("a").attr("href");
        Document page = TestSite.page(href);
        Map<String, long[]> expected = Revisions.revisedForceYears();
        assertEquals(expected.size(), page.select("#revisions tbody tr").size());
        Element derbyshire = page.select("#revisions tbody tr").stream()
                .filter(r -> r.text().startsWith("Derbyshire Constabulary 2022/23")).findFirst().orElseThrow();
        assertEquals(List.of("2022/23", "Offences recorded", "1,190", "1,413", "+223"),
                derbyshire.select("td").eachText());
        String csv = TestSite.download(href + ".csv");
        List<String> lines = csv.lines().toList();
        assertEquals("force,year,measure,old,new,change,release", lines.get(0));
        assertEquals(expected.size() + 1, lines.size());
        assertTrue(lines.contains("\"Derbyshire Constabulary\",2022/23,offences_all_child_codes,1190,1413,223,\""
                + APRIL + "\""), csv.substring(0, 300));
    }

    @Test
    void aForcePageMarksARevisedOfficialTotalWithWhatItWas() {
        Document page = TestSite.page("/forces/derbyshire-constabulary");
        Element row = page.select("#official-figures tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("2022/23")).findFirst().orElseThrow();
        assertEquals("1,413", row.selectFirst(".official-total__value").text());
        assertEquals("revised in the release of 23 April 2026; was 1,190", row.selectFirst(".official-revised").text());
        Element unrevised = page.select("#official-figures tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("2012/13")).findFirst().orElseThrow();
        assertEquals(null, unrevised.selectFirst(".official-revised"), "nothing before 2015/16 was revised");
    }

    @Test
    void anUnknownReleaseIsA404() {
        assertEquals(404, TestSite.get("/about/revisions/999").statusCode());
        assertEquals(404, TestSite.get("/about/revisions/abc").statusCode());
    }
}
