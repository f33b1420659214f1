package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestSite;

/**
 * The April 2026 release's newest years on the pages: 2024/25 rates divide by mid-2024 and say the estimates changed
 * vintage, 2023/24 has no rate, and 2025/26 (three quarters) is never shown as a year anywhere.
 */
class NewestYearsOnPagesTest {
    private static final String DERBYSHIRE = "Derbyshire Constabulary";
    /** The one sentence allowed to name 2025/26: the note saying it is never shown as a year. */
    private static final String ALLOWED = "(2025/26, three quarters so far) is never shown as a year";

    private static Element officialRow(Document page, String year) {
        return page.select("#official-figures tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals(year)).findFirst().orElseThrow();
    }

    @Test
    void aForcesRateFor202425DividesByMid2024AndSaysTheEstimatesChangedVintage() {
        Document page = TestSite.page("/forces/derbyshire-constabulary");
        long offences = HomeOfficeCsv.yearTotalsByForce().get("Derbyshire").get("2024/25");
        long children = HomeOfficeCsv.children(DERBYSHIRE, 2024);
        double rate = Math.round(offences * 10_000.0 / children) / 10.0;
        Element row = officialRow(page, "2024/25");
        assertEquals(String.format(Locale.UK, "%,d offences ÷ %,d children × 1,000 = %.1f", offences, children, rate),
                row.selectFirst(".official-rate .rate-working").text());
        assertEquals("not available", officialRow(page, "2023/24").selectFirst(".official-rate").text(),
                "there is no mid-2023 estimate");
        Element note = page.selectFirst("#official-figures ~ .later-vintage-note, .later-vintage-note");
        assertNotNull(note, "the vintage note sits with the rates");
        assertTrue(note.text().contains("mid-2024") && note.text().contains("2022/23 and 2024/25"), note.text());
    }

    @Test
    void theYearPagesSayWhichEstimatesTheirRatesUse() {
        Document latest = TestSite.page("/official/2024-25");
        assertNotNull(latest.selectFirst("#ranked-by-rate"));
        assertNotNull(latest.selectFirst(".later-vintage-note"), "2024/25 divides by the later vintage");
        assertNull(TestSite.page("/official/2022-23").selectFirst(".later-vintage-note"));
        Document noRate = TestSite.page("/official/2023-24");
        assertNull(noRate.selectFirst("#ranked-by-rate"), "no ranking by rate without a denominator");
        assertEquals("not available", noRate.selectFirst("#england-and-wales-rate").text());
        assertEquals(String.format("%,d", HomeOfficeCsv.englandAndWalesTotals().get("2023/24")),
                noRate.selectFirst("#england-and-wales-total").text());
    }

    /** Quarter cells that were 1 in October 2023 and are 0 in April 2026: the test's own comparison of the files. */
    private static List<String> cellsThatBecameZero() {
        java.util.Map<String, String> october = new java.util.HashMap<>();
        HomeOfficeCsv.records(HomeOfficeCsv.OCTOBER_2023).forEach(r -> october.put(key(r), r.get("number_of_offences")));
        return HomeOfficeCsv.records(HomeOfficeCsv.FILE).stream()
                .filter(r -> r.get("number_of_offences").equals("0") && "1".equals(october.get(key(r))))
                .map(r -> r.get("force_name").replace("London, City of", "City of London") + " "
                        + r.get("financial_year") + " quarter " + r.get("financial_quarter") + "|" + r.get("offence_code"))
                .toList();
    }

    private static String key(org.apache.commons.csv.CSVRecord r) {
        return r.get("force_name") + "|" + r.get("financial_year") + "|" + r.get("financial_quarter") + "|"
                + r.get("offence_code");
    }

    @Test
    void theSeriesNotesNameTheConversionAndEachCellItMayHaveTurnedToZero() {
        List<String> cells = cellsThatBecameZero();
        assertEquals(6, cells.size(), "the data README's six cells: " + cells);
        for (String address : List.of("/official", "/about")) {
            Element note = TestSite.page(address).selectFirst(".conversion-note");
            assertNotNull(note, address);
            String text = note.text();
            assertTrue(text.contains("third party's conversion") && text.contains("three cells")
                    && text.contains("became 0"), address + ": " + text);
            for (String cell : cells) {
                String place = cell.substring(0, cell.indexOf('|'));
                String code = cell.substring(cell.indexOf('|') + 1);
                assertTrue(text.contains(place), address + " names " + place + ": " + text);
                assertTrue(text.substring(text.indexOf(place)).contains("code " + code),
                        address + " gives " + place + " its code " + code);
            }
        }
    }

    @Test
    void theLatestTwelveMonthsAreShownOnceAsTheYearEndingDecember2025ProvisionalAndNeverInTheYears() {
        long lastQuarterOf202425 = 0;
        long firstThreeQuartersAfter = 0;
        for (var r : HomeOfficeCsv.records(HomeOfficeCsv.FILE)) {
            if (r.get("force_name").equals(HomeOfficeCsv.BTP)) {
                continue;
            }
            long n = Long.parseLong(r.get("number_of_offences"));
            if (r.get("financial_year").equals("2024/25") && r.get("financial_quarter").equals("4")) {
                lastQuarterOf202425 += n;
            } else if (r.get("financial_year").equals("2025/26")) {
                firstThreeQuartersAfter += n;
            }
        }
        assertEquals(45_462L, firstThreeQuartersAfter, "the data README's April to December 2025");
        Document page = TestSite.page("/official");
        Element box = page.selectFirst(".provisional-year");
        assertNotNull(box);
        assertEquals(String.format("%,d", lastQuarterOf202425 + firstThreeQuartersAfter),
                box.selectFirst("#provisional-total").text());
        assertTrue(box.text().contains("the year ending December 2025 (provisional)"), box.text());
        assertEquals("January to March 2025 (the last quarter of 2024/25) and April to December 2025 (the first three "
                + "quarters published of the year from April 2025)", box.selectFirst(".provisional-quarters").text());
        assertFalse(page.select("#official-england-and-wales").text().contains("December 2025"),
                "not a row of the years");
        assertFalse(TestSite.page("/official/2024-25").text().contains("December 2025"), "not in a ranking");
    }

    @Test
    void theLatestYearShownIsTheLastCompleteYearOfTheFileAndItsPartYearIsNeverAYear() {
        Set<String> fileYears = new TreeSet<>();
        HomeOfficeCsv.records(HomeOfficeCsv.FILE).forEach(r -> fileYears.add(r.get("financial_year")));
        Set<String> complete = new TreeSet<>(HomeOfficeCsv.englandAndWalesTotals().keySet());
        assertEquals("2024/25", ((TreeSet<String>) complete).last());
        fileYears.removeAll(complete);
        assertEquals(Set.of("2025/26"), fileYears, "the file's one part year");
        String partYear = fileYears.iterator().next();
        String partSlug = partYear.replace('/', '-');
        List<String> addresses = List.of("/", "/official", "/official/2024-25", "/forces/derbyshire-constabulary",
                "/forces/british-transport-police", "/years", "/compare",
                "/compare?series=official&force=derbyshire-constabulary&force=dorset-police",
                "/compare?series=official&measure=rate&force=derbyshire-constabulary&force=dorset-police",
                "/downloads", "/data/official.csv", "/api/official/forces/derbyshire-constabulary",
                "/api/official/years/2024-25", "/map", "/about");
        for (String address : addresses) {
            String body = TestSite.get(address).body().replaceAll("\\s+", " ").replace(ALLOWED, "");
            assertFalse(body.contains(partYear) || body.contains(partSlug), address + " shows " + partYear);
        }
        assertTrue(TestSite.page("/official").text().contains(ALLOWED), "the note itself is there");
        assertEquals(404, TestSite.get("/official/" + partSlug).statusCode());
        assertEquals(404, TestSite.get("/api/official/years/" + partSlug).statusCode());
    }
}
