package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestSite;

/** The official chart is drawn like every other chart: a few bands whose parts add up to the Home Office total. */
class OfficialChartTest {
    private static final Path RELEASE = Path.of("data/prc-pfa-mar2013-onwards-tables-child-codes-230426.csv");

    private static JsonNode chartData(Document page) {
        Element figure = page.selectFirst("figure.chart.chart--stackedBar");
        assertNotNull(figure, "the official chart is a figure of the one chart pipeline");
        return Downloads.json(page.getElementById(figure.attr("data-chart-data")).data());
    }

    @Test
    void theEnglandAndWalesChartHasFourBandsThatAddUpToTheHomeOfficeTotals() throws IOException {
        Map<String, Long> total = new HashMap<>();
        Map<String, Long> exploitationAndTrust = new HashMap<>();
        for (Map<String, String> row : Downloads.rows(Files.readString(RELEASE))) {
            if (row.get("force_name").equals("British Transport Police")) {
                continue;
            }
            long n = Long.parseLong(row.get("number_of_offences"));
            total.merge(row.get("financial_year"), n, Long::sum);
            if (List.of("71", "73").contains(row.get("offence_code"))) {
                exploitationAndTrust.merge(row.get("financial_year"), n, Long::sum);
            }
        }
        Document page = TestSite.page("/official");
        JsonNode data = chartData(page);
        assertEquals("stackedBar", data.get("kind").asText());
        List<String> names = new ArrayList<>();
        data.get("series").forEach(s -> names.add(s.get("name").asText()));
        assertEquals(List.of("Rape", "Sexual assault or activity", "Sexual grooming",
                "Other (exploitation, abuse of trust)"), names);
        int latest = data.get("categories").size() - 1;
        assertEquals("2024/25", data.get("categories").get(latest).asText());
        long sum = 0;
        for (JsonNode s : data.get("series")) {
            sum += s.get("values").get(latest).asLong();
        }
        assertEquals(total.get("2024/25"), sum);
        assertEquals(61_388L, sum);
        assertEquals(exploitationAndTrust.get("2024/25"), data.get("series").get(3).get("values").get(latest).asLong());
        assertTrue(page.select("script[src]").eachAttr("src").stream()
                .anyMatch(src -> src.matches("/js/charts\\.[0-9a-f]{10}\\.js")), "the one drawing script");
        assertTrue(page.select("script[src*=official-chart]").isEmpty(), "one drawing script, not two");
    }

    @Test
    void aForcePageDrawsItsOfficialFiguresWithTheSameScriptAndColours() {
        Document page = TestSite.page("/forces/dorset-police");
        JsonNode official = chartData(page);
        JsonNode foi = Downloads.json(page.getElementById("chart-force-totals-data").data());
        assertEquals(foi.get("series").get(0).get("colour"), official.get("series").get(0).get("colour"));
        assertEquals(1, page.select("script[src]").eachAttr("src").stream()
                .filter(src -> src.matches("/js/charts\\.[0-9a-f]{10}\\.js")).count());
    }
}
