package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestSite;

/**
 * The England and Wales rate's working on the official pages names the offences of the 43 forces (never British
 * Transport Police) and the children of England and Wales, each worked out here from the files.
 */
class EnglandAndWalesRatesFromFilesTest {
    private static final Pattern WORKING = Pattern.compile("[\\d,]+ offences ÷ [\\d,]+ children × 1,000 = [\\d.]+");

    @Test
    void theOverviewShowsEveryYearsEnglandAndWalesWorking() {
        Set<String> expected = new TreeSet<>();
        HomeOfficeCsv.englandAndWalesTotals().keySet().stream()
                .filter(y -> EnglandAndWalesFromFiles.children(y) != null)
                .forEach(y -> expected.add(EnglandAndWalesFromFiles.rateWorking(y)));
        assertEquals(10, expected.size(), "2014/15 to 2022/23 and 2024/25 have a denominator");
        Set<String> shown = new TreeSet<>();
        Matcher m = WORKING.matcher(TestSite.page("/official").text());
        while (m.find()) {
            shown.add(m.group());
        }
        assertEquals(expected, shown);
    }

    @Test
    void eachYearPageOpensWithTheEnglandAndWalesWorking() {
        for (String year : HomeOfficeCsv.englandAndWalesTotals().keySet()) {
            if (EnglandAndWalesFromFiles.children(year) == null) {
                continue;
            }
            Matcher m = WORKING.matcher(TestSite.page("/official/" + year.replace('/', '-')).text());
            assertTrue(m.find(), year);
            assertEquals(EnglandAndWalesFromFiles.rateWorking(year), m.group(), year);
        }
    }
}
