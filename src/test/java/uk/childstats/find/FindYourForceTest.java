package uk.childstats.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.commons.csv.CSVRecord;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.GeographyFiles;
import uk.childstats.support.TestSite;

/** /find answers a postcode, a council or a force with that force's page, or a list, or a calm "not found". */
class FindYourForceTest {

    static HttpResponse<String> find(String query) {
        return TestSite.get("/find?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
    }

    static Stream<Arguments> queriesWithOneForce() {
        return Stream.of(
                Arguments.of("bs1 4dj", GeographyFiles.forcesOfDistrict("BS1").get(0)),
                Arguments.of("BS14DJ", GeographyFiles.forcesOfDistrict("BS1").get(0)),
                Arguments.of("BS1", GeographyFiles.forcesOfDistrict("BS1").get(0)),
                Arguments.of(" b s 1 ", GeographyFiles.forcesOfDistrict("BS1").get(0)),
                Arguments.of("dt1 1aa", GeographyFiles.forcesOfDistrict("DT1").get(0)),
                Arguments.of("SW1A 1AA", GeographyFiles.forcesOfDistrict("SW1A").get(0)),
                Arguments.of("G12", GeographyFiles.forcesOfDistrict("G12").get(0)),
                Arguments.of("BT1", GeographyFiles.forcesOfDistrict("BT1").get(0)),
                Arguments.of("Bristol", GeographyFiles.forceOfCouncil("Bristol")),
                Arguments.of("brist", GeographyFiles.forceOfCouncil("Bristol")),
                Arguments.of("BRISTOL CITY COUNCIL", GeographyFiles.forceOfCouncil("Bristol")),
                Arguments.of("City of Bristol", GeographyFiles.forceOfCouncil("Bristol")),
                Arguments.of("glasgow", GeographyFiles.forceOfCouncil("Glasgow")),
                Arguments.of("Rhondda", GeographyFiles.forceOfCouncil("Rhondda")),
                Arguments.of("Kingston upon Hull", GeographyFiles.forceOfCouncil("Kingston upon Hull")),
                Arguments.of("County of Herefordshire", GeographyFiles.forceOfCouncil("Herefordshire")),
                Arguments.of("Ceredigiön", GeographyFiles.forceOfCouncil("Ceredigion")),
                Arguments.of("st. albans", GeographyFiles.forceOfCouncil("St Albans")),
                Arguments.of("Met", "Metropolitan Police Service"),
                Arguments.of("PSNI", "Police Service of Northern Ireland"),
                Arguments.of("Avon and Somerset", "Avon and Somerset Constabulary"),
                Arguments.of("avon & somerset", "Avon and Somerset Constabulary"),
                Arguments.of("dyfed powys", "Dyfed-Powys Police"));
    }

    @ParameterizedTest(name = "{0} goes to the page of {1}")
    @MethodSource("queriesWithOneForce")
    void aQueryWithOneForceRedirectsToItsPage(String query, String force) {
        HttpResponse<String> response = find(query);
        assertEquals(303, response.statusCode(), query);
        assertTrue(response.headers().firstValue("Location").orElseThrow().endsWith(GeographyFiles.forcePage(force)),
                query + " → " + response.headers().firstValue("Location"));
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(200, TestSite.get(GeographyFiles.forcePage(force)).statusCode());
    }

    @Test
    void aDistrictTheDataMarksUncertainListsItsForcesInOrderAsMayBeCovered() {
        List<String> expected = GeographyFiles.forcesOfDistrict("EC2M");
        assertTrue(GeographyFiles.uncertain(GeographyFiles.districts().get("EC2M")));
        Document page = page(find("EC2M"));
        assertEquals(expected, page.select(".find-match ol a").eachText());
        String sentence = page.select(".find-match p").first().text();
        assertTrue(sentence.startsWith("Addresses in EC2M may be covered by " + expected.get(0) + " or the "
                + expected.get(1)), sentence);
    }

    @Test
    void aDistrictAcrossABoundaryNamesTheForceOfMostAddressesFirst() {
        Map.Entry<String, List<CSVRecord>> district = GeographyFiles.districts().entrySet().stream()
                .filter(d -> d.getValue().size() == 2 && !GeographyFiles.uncertain(d.getValue()))
                .findFirst().orElseThrow();
        List<String> expected = district.getValue().stream().map(r -> r.get("police_force")).toList();
        Document page = page(find(district.getKey().toLowerCase()));
        assertEquals(expected, page.select(".find-match ol a").eachText());
        String sentence = page.select(".find-match p").first().text();
        assertTrue(sentence.startsWith("Most addresses in " + district.getKey() + " are covered by " + expected.get(0)
                + "; some by "), sentence);
    }

    @Test
    void aNameSharedByCouncilsOfDifferentForcesListsEachCouncil() {
        Document page = page(find("Newcastle"));
        assertEquals(List.of(GeographyFiles.forceOfCouncil("Newcastle upon Tyne"),
                GeographyFiles.forceOfCouncil("Newcastle-under-Lyme")), page.select(".find-match a").eachText()
                .stream().map(t -> t.replace("Figures for ", "")).toList());
    }

    @ParameterizedTest
    @ValueSource(strings = {"ZZ99", "<script>alert(1)</script>", "' OR 1=1 --", "\"; DROP TABLE area; --",
            "BS1\u0000\u001b[31m", "%00", "x", "💥💥💥"})
    void anythingElseGetsTheCalmNoMatchPageWithTheHelpPanel(String query) {
        HttpResponse<String> response = find(query);
        assertEquals(200, response.statusCode(), query);
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        Document page = page(response);
        assertEquals("No police force found", page.selectFirst("h1").text(), query);
        assertFalse(page.select(".help-panel").isEmpty());
        assertTrue(page.select(".find-forces a").size() >= 45, "every force is listed");
        assertFalse(response.body().contains("<script>alert"), "the query is never reflected unescaped");
    }

    @Test
    void aVeryLongQueryIsNotLookedUpNorShownBack() {
        String query = "BS1 " + "a".repeat(5000);
        HttpResponse<String> response = TestSite.get("/find?q=" + URLEncoder.encode(query, StandardCharsets.UTF_8));
        assertEquals(200, response.statusCode());
        assertFalse(response.body().contains("aaaaaaaaaa"));
        assertEquals("No police force found", page(response).selectFirst("h1").text());
    }

    @Test
    void theFormIsOnTheHomePageTheForcesPageAndThe404Page() {
        for (String path : List.of("/", "/forces", "/no-such-page")) {
            Document page = Jsoup.parse(TestSite.get(path).body());
            assertEquals("/find", page.selectFirst("form.find-form").attr("action"), path);
            assertEquals("get", page.selectFirst("form.find-form").attr("method"), path);
            assertEquals("Find your police force", page.selectFirst("form.find-form label").text(), path);
        }
    }

    private static Document page(HttpResponse<String> response) {
        assertEquals(200, response.statusCode());
        return Jsoup.parse(response.body());
    }
}
