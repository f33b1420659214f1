package uk.childstats.figures;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childstats.web.Format;

/** A force's place among the forces that provided a total that year, never among all forces. */
public record Rank(int position, boolean joint, int outOf, FinancialYear year) {

    /**
     * Standard competition ranking of the forces with a total (1, 2, 2, 4), highest first: force slug to rank.
     * Forces without a total are simply absent.
     */
    public static Map<String, Rank> among(Map<String, Long> totalsByForce, FinancialYear year) {
        List<Map.Entry<String, Long>> sorted = totalsByForce.entrySet().stream()
                .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())).toList();
        Map<String, Rank> ranks = new LinkedHashMap<>();
        for (Map.Entry<String, Long> entry : sorted) {
            long higher = sorted.stream().filter(e -> e.getValue() > entry.getValue()).count();
            long same = sorted.stream().filter(e -> e.getValue().equals(entry.getValue())).count();
            ranks.put(entry.getKey(), new Rank((int) higher + 1, same > 1, sorted.size(), year));
        }
        return ranks;
    }

    /** "4th highest of 30 forces that provided figures for 2016/17" */
    public String text() {
        if (outOf == 1) {
            return "the only force that provided figures for " + year.label();
        }
        String place;
        if (joint) {
            place = "joint " + Format.ordinal(position) + " highest";
        } else if (position == 1) {
            place = "the highest";
        } else if (position == outOf) {
            place = "the lowest";
        } else {
            place = Format.ordinal(position) + " highest";
        }
        return place + " of " + outOf + " forces that provided figures for " + year.label();
    }
}
