package uk.childstats.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.TestSite;

/** Chart figures read without JavaScript, carry their data as JSON with gaps as null, and only embeds may be framed. */
class EmbedAndChartsTest {

    @Test
    void onlyTheEmbedPathMayBeFramed() {
        HttpResponse<String> embed = TestSite.get("/embed/forces/dorset-police");
        assertEquals(200, embed.statusCode());
        assertTrue(embed.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors *"));
        assertTrue(embed.headers().firstValue("X-Frame-Options").isEmpty());
        assertTrue(embed.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        HttpResponse<String> page = TestSite.get("/forces/dorset-police");
        assertTrue(page.headers().firstValue("Content-Security-Policy").orElseThrow().contains("frame-ancestors 'none'"));
        assertEquals("DENY", page.headers().firstValue("X-Frame-Options").orElseThrow());
    }

    @Test
    void theEmbedHasTheChartDescriptionSourceHelplineAndALinkBack() {
        Document embed = TestSite.page("/embed/forces/dorset-police");
        assertEquals("Offences recorded by Dorset Police rose from 332 in 2014/15 to 706 in 2019/20.",
                embed.selectFirst(".chart__description").text());
        assertTrue(embed.selectFirst(".embed-source").text().contains("Freedom of Information"));
        assertTrue(embed.selectFirst("a[target=_top]:not(.embed-exit__button)").attr("href").endsWith("/forces/dorset-police"));
        assertEquals(uk.childstats.support.ExitStandIn.url(), embed.selectFirst("a.embed-exit__button[target=_top]").attr("href"));
        assertTrue(embed.text().contains("0800 1111"));
        assertEquals(404, TestSite.get("/embed/forces/no-such-force").statusCode());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forces/dorset-police", "/years/2016-17", "/compare?force=dorset-police",
            "/embed/forces/dorset-police"})
    void everyChartIsAFigureWithHeadingDescriptionTableAndDataAsJson(String path) {
        Document page = TestSite.page(path);
        Element figure = page.selectFirst("figure.chart");
        assertNotNull(figure, path);
        assertFalse(figure.selectFirst("figcaption h2").text().isBlank());
        assertFalse(figure.selectFirst(".chart__description").text().isBlank());
        assertNotNull(figure.selectFirst("table"));
        assertNotNull(figure.selectFirst(".chart__canvas-box[hidden]"), "the empty canvas is hidden until drawn");
        Element data = page.getElementById(figure.attr("data-chart-data"));
        assertEquals("application/json", data.attr("type"));
        JsonNode json = Downloads.json(data.data());
        for (JsonNode series : json.get("series")) {
            List<String> fromJson = new ArrayList<>();
            series.get("values").forEach(v -> fromJson.add(v.isNull() ? "not provided" : String.format(java.util.Locale.UK, "%,d", v.asLong())));
            int column = json.get("series").findValuesAsText("name").indexOf(series.get("name").asText());
            List<String> fromTable = new ArrayList<>();
            figure.select("tbody tr").forEach(r -> fromTable.add(r.select("td").get(column).text()));
            assertEquals(fromTable, fromJson, path + " " + series.get("name").asText());
        }
        assertTrue(page.select("script[src]").eachAttr("src").stream()
                .anyMatch(src -> src.matches("/webjars/chart\\.js/4\\.4\\.1/dist/chart\\.umd\\.[0-9a-f]{10}\\.js")));
        assertTrue(page.select("script:not([src])").stream().allMatch(s -> "application/json".equals(s.attr("type"))));
    }

    @Test
    void aYearWithNoForceFigureIsAGapInTheForceChartNeverZero() {
        Document page = TestSite.page("/forces/dorset-police");
        JsonNode json = Downloads.json(page.getElementById("chart-force-totals-data").data());
        List<String> years = new ArrayList<>();
        json.get("categories").forEach(y -> years.add(y.asText()));
        JsonNode values = json.get("series").get(0).get("values");
        assertTrue(years.contains("2020/21"), "the axis keeps a year no force provided: " + years);
        assertTrue(values.get(years.indexOf("2020/21")).isNull());
        values.forEach(v -> assertFalse(v.isNumber() && v.asLong() == 0));
    }

    @Test
    void theForcePageShowsDerivedFiguresWithWorkingAndHowToCite() {
        Document page = TestSite.page("/forces/dorset-police");
        Element year = page.getElementById("derived-2015-16");
        assertTrue(year.text().contains("422 in 2015/16 against 332 in 2014/15, up 90 (27.1%)"), year.text());
        assertTrue(year.text().contains("about every 21 hours in 2015/16"));
        assertTrue(year.text().contains("8,784 hours in 2015/16 (a leap year) ÷ 422 offences = 20.8 hours"));
        assertTrue(year.text().contains("forces that provided figures for 2015/16"));
        assertTrue(page.getElementById("derived-2019-20").text().contains("come from different sources"));
        assertTrue(page.selectFirst(".cite-this").text().contains("Dorset Police: child sexual offences recorded"));
        assertTrue(page.selectFirst(".cite-this").text().contains("/forces/dorset-police, retrieved"));
    }

    @Test
    void theYearPageShowsEachForcesChangeAndTheUkOffenceInterval() {
        Document page = TestSite.page("/years/2016-17");
        Element dorset = page.select("#ranked-caption ~ tbody tr, table:has(#ranked-caption) tbody tr").stream()
                .filter(r -> r.selectFirst("th").text().equals("Dorset Police")).findFirst().orElseThrow();
        assertEquals("down 68 (16.1%) (354 − 422) ÷ 422 × 100 = -16.1%", dorset.select("td").get(2).text());
        assertTrue(page.selectFirst(".derived").text().contains("about every 8 minutes in 2016/17"), page.selectFirst(".derived").text());
    }

    @Test
    void newPagesHaveTheHelpPanel() {
        for (String path : List.of("/compare", "/downloads")) {
            Document page = Jsoup.parse(TestSite.get(path).body());
            assertTrue(page.selectFirst("aside.help-panel").text().contains("0800 1111"), path);
            assertEquals(1, page.select("h1").size(), path);
        }
    }
}
