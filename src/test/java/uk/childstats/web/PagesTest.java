package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import uk.childstats.support.TestSite;

class PagesTest {

    private static String rowText(Document page, String rowHeader) {
        for (Element row : page.select("tr")) {
            Element th = row.selectFirst("th[scope=row]");
            if (th != null && th.text().equals(rowHeader)) {
                return row.text();
            }
        }
        throw new AssertionError("no row " + rowHeader);
    }

    @Test
    void avonAndSomersetShows1483For2016To17() {
        Document page = TestSite.page("/forces/avon-and-somerset-constabulary");
        assertTrue(rowText(page, "2016/17").contains("1,483"), rowText(page, "2016/17"));
    }

    @Test
    void dorsetShows422For2015To16And332For2014To15WithTheChange() {
        Document page = TestSite.page("/forces/dorset-police");
        assertTrue(rowText(page, "2015/16").contains("422"));
        assertTrue(rowText(page, "2015/16").contains("up 90 (27.1%)"));
        assertTrue(rowText(page, "2014/15").contains("332"));
        assertEquals("Dorset Police: child sexual offences recorded, 2009/10 to 2022/23 – "
                + "Child sexual offences recorded by UK police", page.title());
    }

    @Test
    void theYearPageShowsTheUkTotal64667() {
        Document page = TestSite.page("/years/2016-17");
        Element uk = page.select(".govuk-summary-list__row").stream()
                .filter(r -> r.selectFirst("dt").text().equals("All UK forces")).findFirst().orElseThrow();
        assertEquals("64,667", uk.selectFirst(".headline-number").text());
    }

    @Test
    void aMissingFigureIsNotProvidedNeverZero() {
        Document page = TestSite.page("/forces/cheshire-constabulary");
        // The FOI table only: the official series below it has real zeros, explicit rows in the Home Office file.
        assertTrue(page.selectFirst("table").select("td").stream().noneMatch(td -> td.text().equals("0")));
        assertTrue(rowText(page, "2016/17").contains("not provided"));
        assertNotNull(page.selectFirst(".govuk-inset-text:contains(No figures from this force)"));
    }

    @Test
    void theSourcesOfAConflictingCellAreAllListed() {
        Document page = TestSite.page("/forces/gwent-police");
        Element evidence = page.getElementById("source-2014-15-total-offences");
        assertNotNull(evidence);
        assertTrue(evidence.text().contains("2014/15, Child sexual offences recorded: 706"));
        assertTrue(evidence.text().contains("Other published figures"));
        assertTrue(evidence.select("li strong").eachText().contains("389"));
    }

    @Test
    void aShareDividesAnAgeBandByTheTotalThatTheSameSourcePublished() {
        List<String> wales = TestSite.page("/forces/all-welsh-forces").select(".derived__share").eachText();
        assertTrue(wales.stream().anyMatch(t -> t.contains("(322 of 1,753)")), wales.toString());
        assertTrue(wales.stream().noneMatch(t -> t.contains("322 of 2,069")), wales.toString());
        List<String> uk = TestSite.page("/forces/all-uk-forces").select(".derived__share").eachText();
        assertTrue(uk.stream().noneMatch(t -> t.contains("of 56,324")), uk.toString());
    }

    @Test
    void lincolnshireShowsThe663TheForceCorrectedAndLists666AsAnotherPublishedFigure() {
        Document page = TestSite.page("/forces/lincolnshire-police");
        assertTrue(rowText(page, "2016/17").contains("663"), rowText(page, "2016/17"));
        assertFalse(rowText(page, "2016/17").contains("666"), rowText(page, "2016/17"));
        Element evidence = page.getElementById("source-2016-17-total-offences");
        assertTrue(evidence.text().contains("2016/17, Child sexual offences recorded: 663"), evidence.text());
        assertTrue(evidence.text().contains("corrected by the force, as reported by The Lincolnite"), evidence.text());
        assertTrue(evidence.text().contains("Other published figures"));
        assertEquals(List.of("666", "666"), evidence.select(".cell-sources > div li strong").eachText());
    }

    @Test
    void sourcesThatAgreeAreFoldedAwayAndOnlyDisagreeingOnesAreListedOpenly() {
        Element evidence = TestSite.page("/forces/avon-and-somerset-constabulary")
                .getElementById("source-2016-17-total-offences");
        assertTrue(evidence.select(".cell-sources > div li").isEmpty(), "no disagreeing figures for 1,483");
        Element details = evidence.selectFirst("details");
        assertEquals("The same figure from 2 other sources", details.selectFirst("summary").text());
        assertEquals(List.of("1,483", "1,483"), details.select("li strong").eachText());
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/forces", "/forces/dorset-police", "/years", "/years/2016-17", "/help", "/about",
            "/forces/no-such-force", "/years/2016-18", "/years/1999-00", "/no/such/page"})
    void everyPageHasTheHelpPanelAndTheExitLink(String path) {
        HttpResponse<String> response = TestSite.get(path);
        Document page = Jsoup.parse(response.body());
        Element panel = page.selectFirst("aside.help-panel");
        assertNotNull(panel, path);
        assertTrue(panel.text().contains("Childline (for children and young people): 0800 1111, free, 24 hours"), panel.text());
        assertTrue(panel.text().contains("NSPCC Helpline (for adults worried about a child): 0808 800 5000"), panel.text());
        assertTrue(panel.text().contains("help@nspcc.org.uk"));
        assertTrue(panel.text().contains("999"));
        Element exit = page.getElementById("exit-this-page-button");
        assertNotNull(exit, path);
        assertEquals("nofollow noreferrer", exit.attr("rel"));
        assertFalse(exit.attr("href").isBlank());
        assertEquals(1, page.select("h1").size(), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/forces/no-such-force", "/years/2016-18", "/years/1999-00", "/years/2016/17",
            "/forces/dorset-police/extra", "/forces/%3Cscript%3E"})
    void unknownAddressesAre404PagesWithoutInternals(String path) {
        HttpResponse<String> response = TestSite.get(path);
        assertEquals(404, response.statusCode(), path);
        assertTrue(response.body().contains("Page not found"), path);
        assertFalse(response.body().contains("Exception"));
        assertFalse(response.body().contains("<script>"));
    }

    @Test
    void everyResponseForbidsInlineScriptAndSendsNoReferrer() {
        HttpResponse<String> response = TestSite.get("/");
        assertEquals("no-referrer", response.headers().firstValue("Referrer-Policy").orElseThrow());
        assertTrue(response.headers().firstValue("Content-Security-Policy").orElseThrow().contains("script-src 'self'"));
        assertTrue(response.headers().allValues("Set-Cookie").isEmpty());
        Document page = Jsoup.parse(response.body());
        assertTrue(page.select("script:not([src])").stream().allMatch(s -> "application/json".equals(s.attr("type"))));
    }

    @ParameterizedTest
    @org.junit.jupiter.params.provider.MethodSource("uk.childstats.support.SitePages#everyTemplate")
    void headingsStartAtTheH1AndNeverSkipALevel(String path) {
        Document page = Jsoup.parse(TestSite.get(path).body());
        List<Integer> levels = page.select("h1, h2, h3, h4, h5, h6").stream()
                .map(h -> Integer.parseInt(h.tagName().substring(1))).toList();
        assertEquals(1, levels.get(0), path + " " + levels);
        for (int i = 1; i < levels.size(); i++) {
            assertTrue(levels.get(i) <= levels.get(i - 1) + 1, path + " skips a level: " + levels);
        }
    }
}
