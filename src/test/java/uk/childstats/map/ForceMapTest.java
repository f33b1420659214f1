package uk.childstats.map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.GeographyFiles;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestSite;

/** /map: one link per force area of England and Wales, shaded by class, with the same figures in a table. */
class ForceMapTest {

    /** Official name → Home Office name, from the boundary file's own short names ("Devon & Cornwall"). */
    static Map<String, String> homeOfficeNames() throws Exception {
        JsonNode areas = Downloads.json(Files.readString(GeographyFiles.AREAS));
        Map<String, String> names = new HashMap<>();
        areas.get("features").forEach(f -> names.put(f.get("properties").get("police_force").asText(),
                f.get("properties").get("pfa_name").asText().replace("&", "and")));
        return names;
    }

    @Test
    void everyForceAreaOfEnglandAndWalesIsOneLinkToAPageThatExists() throws Exception {
        Document page = TestSite.page("/map");
        List<Element> areas = page.select("svg a.force-map__area");
        assertEquals(43, areas.size());
        Set<String> expected = new HashSet<>();
        homeOfficeNames().keySet().forEach(name -> expected.add(GeographyFiles.forcePage(name)));
        Set<String> linked = new HashSet<>();
        for (Element area : areas) {
            linked.add(area.attr("href"));
            assertFalse(area.attr("aria-label").isBlank());
            assertEquals(1, area.select("path").size());
        }
        assertEquals(expected, linked);
        for (String href : linked) {
            assertEquals(200, TestSite.get(href).statusCode(), href);
        }
    }

    @Test
    void theDefaultIsTheOfficialRateOfTheLatestYearWithOneAndTheTableHoldsTheSameFiguresAsTheFiles() throws Exception {
        Document page = TestSite.page("/map");
        assertTrue(page.selectFirst("h1 + p").text().endsWith("2024/25"), page.selectFirst("h1 + p").text());
        Map<String, Map<String, Long>> totals = HomeOfficeCsv.yearTotalsByForce();
        Map<String, String> homeOffice = homeOfficeNames();
        for (Element row : page.select(".force-map-table tbody tr")) {
            String force = row.selectFirst("th").text();
            long offences = totals.get(homeOffice.get(force)).get("2024/25");
            BigDecimal rate = BigDecimal.valueOf(offences * 1000)
                    .divide(BigDecimal.valueOf(HomeOfficeCsv.children(force, 2024)), 1, RoundingMode.HALF_UP);
            assertEquals(rate.toPlainString(), row.selectFirst(".force-map-table__value").text(), force);
            Element area = page.selectFirst("svg a[href=" + GeographyFiles.forcePage(force) + "]");
            assertTrue(area.attr("aria-label").equals(force + ": " + rate.toPlainString()
                    + " offences per 1,000 children, 2024/25"), area.attr("aria-label"));
        }
        assertEquals(43, page.select(".force-map-table tbody tr").size());
    }

    @Test
    void eachAreasShadeIsTheClassHoldingItsValueAndClassesRiseWithValues() {
        Document page = TestSite.page("/map?measure=official-count&year=2019-20");
        List<String> ranges = page.select(".force-map__keys li span:not(.force-map__swatch)").eachText();
        assertEquals(5, ranges.size(), ranges.toString());
        Map<Integer, Integer> perShade = new HashMap<>();
        List<long[]> valueAndShade = new ArrayList<>();
        for (Element row : page.select(".force-map-table tbody tr")) {
            long value = Long.parseLong(row.selectFirst(".force-map-table__value").text().replace(",", ""));
            int shade = Integer.parseInt(row.attr("data-shade"));
            String[] range = ranges.get(shade - 1).replace(",", "").split(" to ");
            assertTrue(value >= Long.parseLong(range[0]) && value <= Long.parseLong(range[1]), row.text());
            String fill = page.selectFirst("svg a[data-slug=" + row.attr("data-slug") + "] path").attr("fill");
            assertEquals(page.select(".force-map__keys li rect").get(shade - 1).attr("fill"), fill);
            perShade.merge(shade, 1, Integer::sum);
            valueAndShade.add(new long[] {value, shade});
        }
        perShade.values().forEach(n -> assertTrue(n >= 6 && n <= 12, "about a fifth each: " + perShade));
        for (long[] a : valueAndShade) {
            for (long[] b : valueAndShade) {
                assertFalse(a[0] > b[0] && a[1] < b[1], "a higher value never has a lighter shade");
            }
        }
    }

    @Test
    void theWholeMapPageIsUnder60KilobytesCompressed() throws Exception {
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        try (java.util.zip.GZIPOutputStream gzip = new java.util.zip.GZIPOutputStream(bytes)) {
            gzip.write(TestSite.get("/map").body().getBytes(java.nio.charset.StandardCharsets.UTF_8));
        }
        assertTrue(bytes.size() < 60_000, bytes.size() + " bytes");
    }

    @Test
    void anAreaWithoutAFigureIsHatchedNotColoured() {
        Document page = TestSite.page("/map?measure=foi-count&year=2022-23");
        List<Element> without = page.select("svg a[data-shade=0] path");
        assertFalse(without.isEmpty());
        without.forEach(p -> assertEquals("url(#map-no-data)", p.attr("fill")));
        assertFalse(page.select("svg pattern#map-no-data").isEmpty());
    }

    @Test
    void scotlandAndNorthernIrelandStandBesideTheMapAsBoxes() {
        Document page = TestSite.page("/map?measure=foi-count&year=2022-23");
        List<String> boxes = page.select(".force-map__box strong").eachText();
        assertEquals(List.of("Police Scotland", "Police Service of Northern Ireland"), boxes);
        assertTrue(page.select(".force-map__outside p").text().contains("outlines for the 43 force areas"));
    }

    @Test
    void theSvgDownloadIsAFileOfItsOwnWithTheLegend() {
        HttpResponse<String> response = TestSite.get("/map.svg", "*/*");
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("image/svg+xml"));
        assertTrue(response.headers().firstValue("Content-Disposition").orElseThrow().contains("attachment"));
        Document svg = org.jsoup.Jsoup.parse(response.body(), "", org.jsoup.parser.Parser.xmlParser());
        assertEquals(43, svg.select("a > path").size());
        assertTrue(svg.select("text").eachText().contains("no figure"));
        assertTrue(svg.select("a").first().attr("href").startsWith("http"), "links back to the site in full");
    }

    @Test
    void theHomePageAndEachYearPageCarryASmallMap() {
        for (String path : List.of("/", "/years/2016-17", "/years/2022-23")) {
            Document page = TestSite.page(path);
            assertEquals(43, page.select(".force-map-small svg a.force-map__area").size(), path);
            assertEquals(43, page.select(".force-map-small .force-map-table tbody tr").size(), path);
        }
    }
}
