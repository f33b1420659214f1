package uk.childstats.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestSite;

/** The home page answers "how did the national totals change?" once: one chart, its table linking each year. */
class HomeChartTest {
    @Test
    void theNationalTotalsAppearOnceAsAChartWithItsTable() {
        Document home = TestSite.page("/");
        assertEquals(1, home.select("main h2:contains(National totals)").size(), home.select("main h2").eachText().toString());
        assertEquals(1, home.select("main figure.chart").size());
        Element figure = home.selectFirst("figure.chart");
        Element row = figure.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("2022/23"))
                .findFirst().orElseThrow();
        assertEquals("/years/2022-23", row.selectFirst("th a").attr("href"));
        assertEquals("86,962", row.select("td").get(0).text()); // All UK forces 2022/23 in nspcc_foi_figures.csv
        Element gap = figure.select("tbody tr").stream().filter(r -> r.selectFirst("th").text().equals("2020/21"))
                .findFirst().orElseThrow();
        assertTrue(gap.select("th a").isEmpty(), "a year with no national total has no page to link to");
    }

    @Test
    void theUkAndEnglandAndWalesTotalsAreSeparateLinesAndNoOfficialFigureIsAmongThem() {
        Document home = TestSite.page("/");
        JsonNode data = Downloads.json(home.getElementById("chart-national-totals-data").data());
        List<String> names = new ArrayList<>();
        data.get("series").forEach(s -> names.add(s.get("name").asText()));
        assertEquals(List.of("All UK forces", "All England and Wales forces"), names);
        // 61,388 is the official (Home Office) England and Wales total for 2024/25: never on the FOI chart.
        data.get("series").forEach(s -> s.get("values").forEach(v -> assertTrue(v.isNull() || v.asLong() != 61_388L)));
        assertTrue(!data.get("categories").toString().contains("2024/25"), "no FOI national total exists for 2024/25");
    }
}
