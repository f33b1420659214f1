package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestSite;

/**
 * Rankings by rate leave out City of London (under 2,000 children, so a handful of offences decides its place) and
 * show it after the ranking, unranked, with its rate and warning; the ranking by count still has all 43 forces.
 */
class RankingByRateTest {
    private static final String CITY = "City of London Police";
    private static final String CITY_HOME_OFFICE = "London, City of";
    private static final String AMONG = "the 42 forces of England and Wales with at least 2,000 children";

    /** Every year of the series with a population estimate: mid-2014 goes with 2014/15. */
    private static Map<String, Long> yearsWithRates() {
        Map<String, Long> years = new java.util.TreeMap<>(HomeOfficeCsv.yearTotalsByForce().get(CITY_HOME_OFFICE));
        // Populations run from mid-2014 to mid-2022, then mid-2024: 2023/24 has no rate.
        years.keySet().removeIf(y -> Integer.parseInt(y.substring(0, 4)) < 2014 || y.equals("2023/24"));
        return years;
    }

    private static String rate(long offences, long children) {
        return BigDecimal.valueOf(offences * 1000).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    private static Document yearPage(String year) {
        return TestSite.page("/official/" + year.replace('/', '-'));
    }

    @Test
    void everyYearLeavesCityOfLondonOutOfTheRateRankingAndShowsItUnrankedWithItsRateAndWarning() {
        assertEquals(10, yearsWithRates().size());
        yearsWithRates().forEach((year, offences) -> {
            Document page = yearPage(year);
            assertTrue(page.select("#ranked-by-rate tbody tr").stream().noneMatch(r -> r.text().contains(CITY)), year);
            Element unranked = page.selectFirst(".not-ranked-by-rate li");
            assertNotNull(unranked, year);
            assertEquals(1, page.select(".not-ranked-by-rate li").size(), year);
            assertNotNull(unranked.selectFirst("a[href=/forces/city-of-london-police]"), year);
            long children = HomeOfficeCsv.children(CITY, Integer.parseInt(year.substring(0, 4)));
            assertEquals(rate(offences, children), unranked.selectFirst(".rate").text(), year);
            assertNotNull(unranked.selectFirst(".rate-warning"), year);
            assertTrue(page.selectFirst(".not-ranked-reason").text().startsWith("Not ranked by rate: fewer than 2,000 children"), year);
            assertTrue(page.selectFirst("#not-ranked-by-rate ~ .few-children-warning").text().contains("handful of offences"), year);
            assertEquals("Ranked among " + AMONG + ". Offences ÷ children aged 0 to 17 living in the force area × 1,000, "
                    + "to one decimal place.", page.getElementById("rate-ranked-among").text(), year);
        });
    }

    @Test
    void in2022To23CityOfLondonWouldHaveToppedTheRankingOnEightOffences() {
        Document page = yearPage("2022/23");
        assertEquals("8 offences ÷ 591 children × 1,000 = 13.5",
                page.selectFirst(".not-ranked-by-rate .rate-working").text());
        BigDecimal top = new BigDecimal(page.selectFirst("#ranked-by-rate tbody tr .rate").text());
        assertTrue(top.compareTo(new BigDecimal("15.2")) < 0, "City of London's 15.2 is above the top rank's " + top);
    }

    /** The Home Office's short area name to the force's official name: "Dorset" is Dorset Police. */
    private static String officialName(String homeOffice) {
        if (homeOffice.equals(CITY_HOME_OFFICE)) {
            return CITY;
        }
        List<String> named = uk.childstats.support.FoiFiles.territorialForces().keySet().stream()
                .filter(f -> f.startsWith(homeOffice + " ")).toList();
        assertEquals(1, named.size(), homeOffice + " " + named);
        return named.get(0);
    }

    /**
     * Rank and rate of each force but City of London, worked out from the Home Office and population files (the
     * rates, not the page's, decide the ranks: one decimal place, half up, equal rates share a rank).
     */
    @Test
    void theRateRanksAreCompetitionRanksOverTheRemaining42Forces() {
        yearsWithRates().keySet().forEach(year -> {
            Map<String, BigDecimal> rates = new java.util.TreeMap<>();
            HomeOfficeCsv.yearTotalsByForce().forEach((homeOffice, totals) -> {
                if (!homeOffice.equals(HomeOfficeCsv.BTP) && !homeOffice.equals(CITY_HOME_OFFICE)) {
                    String force = officialName(homeOffice);
                    rates.put(force, new BigDecimal(rate(totals.get(year),
                            HomeOfficeCsv.children(force, Integer.parseInt(year.substring(0, 4))))));
                }
            });
            assertEquals(42, rates.size(), year);
            Map<String, String> expected = new java.util.TreeMap<>();
            rates.forEach((force, mine) -> {
                long higher = rates.values().stream().filter(r -> r.compareTo(mine) > 0).count();
                long same = rates.values().stream().filter(r -> r.compareTo(mine) == 0).count();
                expected.put(force, (same > 1 ? "=" : "") + (higher + 1) + " " + mine.toPlainString());
            });
            Map<String, String> shown = new java.util.TreeMap<>();
            List<Element> rows = yearPage(year).select("#ranked-by-rate tbody tr");
            rows.forEach(r -> shown.put(r.selectFirst("th").text(), r.selectFirst("td").text() + " "
                    + r.selectFirst(".rate").text()));
            assertEquals(expected, shown, year);
            List<Integer> order = rows.stream().map(r -> Integer.parseInt(r.selectFirst("td").text().replace("=", "")))
                    .toList();
            assertEquals(order.stream().sorted().toList(), order, "highest first in " + year);
        });
    }

    @Test
    void theCountRankingStillHasAll43ForcesWithCityOfLondon() {
        yearsWithRates().keySet().forEach(year -> {
            Document page = yearPage(year);
            List<Element> rows = page.select("#ranked-by-count tbody tr");
            assertEquals(43, rows.size(), year);
            assertTrue(rows.stream().anyMatch(r -> r.text().contains(CITY)), year);
            assertTrue(page.text().contains("Ranked among the 43 forces of England and Wales."), year);
        });
    }

    @Test
    void aYearWithoutRatesHasNeitherRankingByRateNorUnrankedList() {
        Document page = yearPage("2013/14");
        assertTrue(page.select("#ranked-by-rate").isEmpty());
        assertTrue(page.select(".not-ranked-by-rate").isEmpty());
    }

    @Test
    void theApiGivesCityOfLondonANullRateRankWithTheReason() {
        JsonNode year = Downloads.jsonAt("/api/official/years/2022-23");
        assertEquals("the 43 forces of England and Wales", year.get("rankedAmong").asText());
        assertEquals(AMONG, year.get("rankedByRateAmong").asText());
        int ranked = 0;
        for (JsonNode force : year.get("forces")) {
            assertTrue(force.get("rankByCount").isTextual(), force.toString());
            if (force.get("slug").asText().equals("city-of-london-police")) {
                assertTrue(force.get("rankByRate").isNull());
                assertTrue(force.get("rankByRateReason").asText().contains("fewer than 2,000 children"));
                assertEquals("13.5", force.get("rate").get("ratePer1000Children").asText());
            } else {
                assertTrue(force.get("rankByRate").isTextual(), force.toString());
                assertTrue(force.get("rankByRateReason").isNull(), force.toString());
                ranked++;
            }
        }
        assertEquals(42, ranked);
    }

    @Test
    void theApiSaysWhyNoForceIsRankedByRateInAYearWithoutRates() {
        JsonNode year = Downloads.jsonAt("/api/official/years/2012-13");
        assertTrue(year.get("rankedByRateAmong").isNull());
        for (JsonNode force : year.get("forces")) {
            assertTrue(force.get("rankByRate").isNull(), force.toString());
            assertTrue(force.get("rankByRateReason").asText().contains("not available"), force.toString());
        }
    }

}
