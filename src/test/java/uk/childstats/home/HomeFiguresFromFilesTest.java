package uk.childstats.home;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static uk.childstats.support.Numbers.uk;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.forces.ForceFiguresFromFilesTest;
import uk.childstats.official.EnglandAndWalesFromFiles;
import uk.childstats.support.FoiFiles;
import uk.childstats.support.TestSite;

/** Every figure on the home page, against values worked out here from the files in data/. */
class HomeFiguresFromFilesTest {
    private final Document home = TestSite.page("/");

    @Test
    void theFoiHeadlineIsTheLatestYearWithAUkTotal() {
        var latest = FoiFiles.latestTotal("All UK forces").orElseThrow();
        Element headline = home.selectFirst(".headline:not(.headline--official)");
        assertEquals(latest.getKey(), headline.selectFirst("a").text());
        assertEquals(uk(latest.getValue()), headline.selectFirst(".headline-number").text());
    }

    @Test
    void theOfficialHeadlineIsTheLatestCompleteYearForEnglandAndWalesWithoutBtp() {
        String year = EnglandAndWalesFromFiles.latestYear();
        Element headline = home.selectFirst(".headline--official");
        assertEquals(year, headline.selectFirst("a").text());
        assertEquals(uk(EnglandAndWalesFromFiles.offences(year)), headline.selectFirst(".headline-number").text());
        assertEquals(EnglandAndWalesFromFiles.rateWorking(year), headline.selectFirst("strong + span").text());
        assertEquals(EnglandAndWalesFromFiles.rate(year), headline.selectFirst("strong").text());
    }

    @Test
    void theNationalTotalsTableHasEveryYearsUkAndEnglandAndWalesTotal() {
        Map<String, String> expected = new TreeMap<>();
        FoiFiles.years().forEach(y -> {
            var ukTotal = FoiFiles.total("All UK forces", y);
            var ew = FoiFiles.total("All England and Wales forces", y);
            if (ukTotal.isPresent() || ew.isPresent()) {
                expected.put(y, ukTotal.map(n -> uk(n)).orElse("not provided") + " | "
                        + ew.map(n -> uk(n)).orElse("not provided"));
            }
        });
        // The chart's table runs year by year from the first total to the last: a year with neither is a gap.
        int first = Integer.parseInt(expected.keySet().iterator().next().substring(0, 4));
        int last = Integer.parseInt(((TreeMap<String, String>) expected).lastKey().substring(0, 4));
        for (int start = first; start <= last; start++) {
            expected.putIfAbsent(start + "/" + String.format("%02d", (start + 1) % 100), "not provided | not provided");
        }
        Element table = home.selectFirst("table:has(#chart-national-totals-table-caption)");
        assertEquals(List.of("Year", "All UK forces", "All England and Wales forces"),
                table.select("thead th").eachText());
        Map<String, String> shown = new TreeMap<>();
        for (Element row : table.select("tbody tr")) {
            shown.put(row.selectFirst("th").text(), row.select("td").get(0).text() + " | " + row.select("td").get(1).text());
        }
        assertEquals(expected, shown);
    }

    @Test
    void everyForcesLatestTotalAndItsYear() {
        assertEquals(ForceFiguresFromFilesTest.expectedLatest(),
                ForceFiguresFromFilesTest.latestShown(home, "table:has(> caption#forces-caption)"));
    }
}
