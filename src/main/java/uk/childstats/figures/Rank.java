package uk.childstats.figures;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A force's place among the forces ranked that year (never among all forces), by a count or a rate. */
public record Rank(int position, boolean joint, int outOf, FinancialYear year) {

    /**
     * Standard competition ranking of the forces given (1, 2, 2, 4), highest first: force slug to rank. Values are
     * compared with compareTo, so 3.50 and 3.5 share a rank. Forces not given are simply absent.
     */
    public static <V extends Comparable<? super V>> Map<String, Rank> among(Map<String, V> valuesByForce,
                                                                           FinancialYear year) {
        List<Map.Entry<String, V>> sorted = valuesByForce.entrySet().stream()
                .sorted(Map.Entry.<String, V>comparingByValue(Comparator.reverseOrder())).toList();
        Map<String, Rank> ranks = new LinkedHashMap<>();
        for (Map.Entry<String, V> entry : sorted) {
            long higher = sorted.stream().filter(e -> e.getValue().compareTo(entry.getValue()) > 0).count();
            long same = sorted.stream().filter(e -> e.getValue().compareTo(entry.getValue()) == 0).count();
            ranks.put(entry.getKey(), new Rank((int) higher + 1, same > 1, sorted.size(), year));
        }
        return ranks;
    }

    /** The rank in a ranking table: "4", or "=2" when it is shared. */
    public String label() {
        return (joint ? "=" : "") + position;
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
