package uk.childstats.revisions;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.FoiCells;
import uk.childstats.support.HomeOfficeCsv;
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

    /** England and Wales in one year of a release file: the 43 territorial forces, the test's own sum. */
    private static long englandAndWales(java.nio.file.Path file, String year) {
        return HomeOfficeCsv.yearTotalsByForce(file).entrySet().stream()
                .filter(e -> !e.getKey().equals(HomeOfficeCsv.BTP))
                .mapToLong(e -> e.getValue().get(year)).sum();
    }

    @Test
    void theOfficialPagesMarkRevisedTotalsOfEnglandAndWalesAndEachForce() {
        long october = englandAndWales(HomeOfficeCsv.OCTOBER_2023, "2022/23");
        long april = englandAndWales(HomeOfficeCsv.FILE, "2022/23");
        assertEquals(List.of(64_751L, 64_927L), List.of(october, april), "the data README's figures");
        Document year = TestSite.page("/official/2022-23");
        assertEquals(String.format("%,d", april), year.selectFirst("#england-and-wales-total").text());
        assertEquals(String.format("revised in the release of 23 April 2026; was %,d", october),
                year.selectFirst("#england-and-wales-revised").text());
        long revisedForces = Revisions.revisedForceYears().keySet().stream()
                .filter(k -> k.endsWith("|2022/23") && !k.startsWith(HomeOfficeCsv.BTP + "|")).count();
        assertEquals(revisedForces, year.select("#ranked-by-count .official-revised").size(),
                "one mark for each force whose 2022/23 total the test finds changed between the two files");
        Element derbyshire = year.select("#ranked-by-count tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Derbyshire Constabulary")).findFirst().orElseThrow();
        assertEquals("1,413", derbyshire.selectFirst(".official-total__value").text());
        assertEquals("revised in the release of 23 April 2026; was 1,190",
                derbyshire.selectFirst(".official-revised").text());
        assertEquals(null, TestSite.page("/official/2013-14").selectFirst(".official-revised"),
                "nothing before 2015/16 was revised");

        Document overview = TestSite.page("/official");
        Element row = overview.select("#official-england-and-wales tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("2022/23")).findFirst().orElseThrow();
        assertEquals(String.format("revised in the release of 23 April 2026; was %,d", october),
                row.selectFirst(".official-revised").text());
    }

    @Test
    void theFoiFiguresAreAReleaseTooWithTheCellsTheTestCountsInTheFile() {
        String figures = FoiCells.read(FoiCells.FIGURES);
        Document page = TestSite.page("/about/revisions");
        List<Element> rows = page.select("#foi-releases-table tbody tr");
        assertEquals(1, rows.size(), "the bundled data is imported once");
        String latest = FoiCells.latestPublished(figures);
        assertEquals("2024-01-12", latest);
        assertEquals("NSPCC FOI figures, as published up to 12 January 2024", rows.get(0).selectFirst("th").text());
        assertEquals(List.of(String.format("%,d", FoiCells.of(figures).size()), "0", "0"),
                rows.get(0).select("td").eachText().subList(0, 3));
        Document release = TestSite.page(rows.get(0).selectFirst("a").attr("href"));
        assertTrue(release.text().contains("first release of the FOI figures on record"), release.text());
    }

    @Test
    void anUnknownReleaseIsA404() {
        assertEquals(404, TestSite.get("/about/revisions/999").statusCode());
        assertEquals(404, TestSite.get("/about/revisions/abc").statusCode());
        assertEquals(404, TestSite.get("/about/revisions/foi/999").statusCode());
    }
}
