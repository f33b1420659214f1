package uk.childstats.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.stream.Collectors;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/**
 * The comparison works from its address alone and through its plain form. jsoup runs no JavaScript, so these
 * tests see what a browser with JavaScript switched off sees.
 */
class ComparePageTest {
    private static final String SHARED = "/compare?series=foi&measure=count&force=dorset-police&force=wiltshire-police";

    /** Submits a GET form as a browser does: the action plus every checked radio button and box as name=value. */
    static String submit(Element form) {
        String query = form.select("input[checked]").stream()
                .map(i -> i.attr("name") + "=" + URLEncoder.encode(i.attr("value"), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
        return form.attr("action") + (query.isEmpty() ? "" : "?" + query);
    }

    @Test
    void aSharedAddressShowsBothForcesEveryYearAsATableMatchingTheDatabase() {
        Document page = TestSite.page(SHARED);
        assertEquals("Compare Dorset Police, Wiltshire Police", page.selectFirst("h1").text());
        Element table = page.selectFirst("#chart-compare table");
        assertEquals(List.of("Year", "Dorset Police", "Wiltshire Police"), table.select("thead th").eachText());
        var dsl = TestDatabase.withBundledData().dsl();
        for (Element row : table.select("tbody tr")) {
            String year = row.selectFirst("th").text();
            List<String> cells = row.select("td").eachText();
            int i = 0;
            for (String slug : List.of("dorset-police", "wiltshire-police")) {
                Long value = dsl.select(PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE).where(PUBLISHED_VALUE.AREA_SLUG.eq(slug),
                        PUBLISHED_VALUE.YEAR_LABEL.eq(year), PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences")).fetchOne(PUBLISHED_VALUE.VALUE);
                assertEquals(value == null ? "not provided" : String.format(java.util.Locale.UK, "%,d", value), cells.get(i++), slug + " " + year);
            }
        }
        assertTrue(table.text().contains("2015/16 422 556"), table.text());
    }

    @Test
    void thePickerIsAPlainGetFormAndSubmittingItGivesTheSharedAddress() {
        Document page = TestSite.page(SHARED);
        Element form = page.selectFirst("form.compare-picker");
        assertEquals("get", form.attr("method"));
        assertEquals("/compare", form.attr("action"));
        assertNotNull(form.selectFirst("button[type=submit]"));
        assertEquals(List.of("foi", "count", "dorset-police", "wiltshire-police"),
                form.select("input[checked]").eachAttr("value"));
        assertTrue(form.select("input[type=checkbox][name=force]").size() >= 40);
        assertEquals(SHARED, submit(form));
        assertEquals(page.select("#chart-compare table").outerHtml(), TestSite.page(submit(form)).select("#chart-compare table").outerHtml());
    }

    @Test
    void choosingForcesInTheEmptyFormAndSubmittingItComparesThem() {
        Document empty = TestSite.page("/compare");
        assertNull(empty.selectFirst("#chart-compare"));
        Element form = empty.selectFirst("form.compare-picker");
        form.select("input[value=kent-police], input[value=essex-police]").attr("checked", "checked");
        Document result = TestSite.page(submit(form));
        assertEquals(List.of("Year", "Essex Police", "Kent Police"), result.select("#chart-compare thead th").eachText());
        assertTrue(result.selectFirst("#chart-compare .chart__description").text().startsWith("Offences recorded by Essex Police"));
    }

    @Test
    void anAddressFromBeforeTheSeriesChoiceStillComparesFoiCounts() {
        Document old = TestSite.page("/compare?force=dorset-police&force=wiltshire-police");
        assertEquals(TestSite.page(SHARED).select("#chart-compare table").outerHtml(),
                old.select("#chart-compare table").outerHtml());
        assertEquals(List.of("foi", "count"), old.select("input[type=radio][checked]").eachAttr("value"));
    }

    @Test
    void anUnknownForceGetsAClearMessageAndTheOthersAreStillCompared() {
        var response = TestSite.get("/compare?force=no-such-force&force=dorset-police");
        assertEquals(200, response.statusCode());
        Document page = org.jsoup.Jsoup.parse(response.body());
        assertTrue(page.selectFirst(".compare-messages").text().contains("There is no police force called “no-such-force”"));
        assertEquals(List.of("Year", "Dorset Police"), page.select("#chart-compare thead th").eachText());
    }

    @Test
    void moreThanSixForcesShowsTheFirstSixAndSaysWhy() {
        String seven = "/compare?force=dorset-police&force=wiltshire-police&force=kent-police&force=essex-police"
                + "&force=gwent-police&force=sussex-police&force=suffolk-constabulary";
        Document page = TestSite.page(seven);
        assertTrue(page.selectFirst(".compare-messages").text().contains("You chose 7 forces. Up to 6"));
        assertEquals(7, page.select("#chart-compare thead th").size());
        assertFalse(page.select("#chart-compare thead th").eachText().contains("Suffolk Constabulary"));
    }

    @Test
    void hostileInputIsShownAsTextNeverAsMarkup() {
        String body = TestSite.get("/compare?force=%3Cscript%3Ealert(1)%3C%2Fscript%3E").body();
        assertFalse(body.contains("<script>alert"));
        assertTrue(body.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
    }
}
