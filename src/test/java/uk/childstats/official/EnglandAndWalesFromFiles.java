package uk.childstats.official;

import static uk.childstats.support.Numbers.uk;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.TreeMap;
import uk.childstats.support.HomeOfficeCsv;

/** England and Wales in the official series, worked out from the Home Office and population files in data/. */
public final class EnglandAndWalesFromFiles {
    private EnglandAndWalesFromFiles() {
    }

    /** The newest year with all four quarters. */
    public static String latestYear() {
        return ((TreeMap<String, Long>) new TreeMap<>(HomeOfficeCsv.englandAndWalesTotals())).lastKey();
    }

    /** The 43 territorial forces' sum; British Transport Police is never in it. */
    public static long offences(String year) {
        return HomeOfficeCsv.englandAndWalesTotals().get(year);
    }

    /** Children 0 to 17 at mid-year in England and Wales (mid-2016 for 2016/17): the sum of its forces' areas. */
    public static Long children(String year) {
        String midYear = year.substring(0, 4);
        Map<String, Long> byNation = new TreeMap<>();
        HomeOfficeCsv.records(HomeOfficeCsv.POPULATION).stream().filter(r -> r.get("year").equals(midYear))
                .filter(r -> r.get("nation").equals("England") || r.get("nation").equals("Wales"))
                .forEach(r -> byNation.merge(r.get("nation"), Long.parseLong(r.get("population_0_17")), Long::sum));
        return byNation.size() == 2 ? byNation.values().stream().mapToLong(Long::longValue).sum() : null;
    }

    public static String rate(String year) {
        return BigDecimal.valueOf(offences(year) * 1000).divide(BigDecimal.valueOf(children(year)), 1,
                RoundingMode.HALF_UP).toPlainString();
    }

    /** "61,388 offences ÷ 12,804,035 children × 1,000 = 4.8" */
    public static String rateWorking(String year) {
        return uk(offences(year)) + " offences ÷ " + uk(children(year)) + " children × 1,000 = " + rate(year);
    }
}
