package uk.childstats.support;

import java.util.Map;
import java.util.TreeMap;

/** The tests' own count of what the April 2026 release changed against October 2023, from the two files. */
public final class Revisions {
    public record Counts(int added, int revised, int withdrawn) {
    }

    private Revisions() {
    }

    /** "force|year" → the April total, for each force-year whose total differs from October's. */
    public static Map<String, long[]> revisedForceYears() {
        Map<String, long[]> revised = new TreeMap<>();
        Map<String, Map<String, Long>> before = HomeOfficeCsv.yearTotalsByForce(HomeOfficeCsv.OCTOBER_2023);
        HomeOfficeCsv.yearTotalsByForce(HomeOfficeCsv.FILE).forEach((force, years) -> years.forEach((year, now) -> {
            Long was = before.getOrDefault(force, Map.of()).get(year);
            if (was != null && !was.equals(now)) {
                revised.put(force + "|" + year, new long[] {was, now});
            }
        }));
        return revised;
    }

    public static Counts counts() {
        Map<String, Map<String, Long>> before = HomeOfficeCsv.yearTotalsByForce(HomeOfficeCsv.OCTOBER_2023);
        Map<String, Map<String, Long>> after = HomeOfficeCsv.yearTotalsByForce(HomeOfficeCsv.FILE);
        int added = 0;
        int withdrawn = 0;
        for (var force : after.entrySet()) {
            for (String year : force.getValue().keySet()) {
                if (!before.getOrDefault(force.getKey(), Map.of()).containsKey(year)) {
                    added++;
                }
            }
        }
        for (var force : before.entrySet()) {
            for (String year : force.getValue().keySet()) {
                if (!after.getOrDefault(force.getKey(), Map.of()).containsKey(year)) {
                    withdrawn++;
                }
            }
        }
        return new Counts(added, revisedForceYears().size(), withdrawn);
    }
}
