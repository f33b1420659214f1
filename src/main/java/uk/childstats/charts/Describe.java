package uk.childstats.charts;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.childstats.figures.Format;

/** One-sentence descriptions of what a chart shows, worked out from its values, never written by hand. */
public final class Describe {
    private Describe() {
    }

    /** "Offences recorded by Dorset Police rose from 332 in 2014/15 to 900 in 2022/23." */
    public static String trend(String subject, List<String> categories, List<? extends Number> values) {
        List<Integer> provided = new ArrayList<>();
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) != null) {
                provided.add(i);
            }
        }
        if (provided.isEmpty()) {
            return subject + ": no figures were published.";
        }
        int first = provided.get(0);
        int last = provided.get(provided.size() - 1);
        if (first == last) {
            return subject + ": a figure was published for one year only, " + Format.value(values.get(first))
                    + " in " + categories.get(first) + ".";
        }
        Number from = values.get(first);
        Number to = values.get(last);
        String gaps = gapNote(last - first + 1 - provided.size());
        int direction = new BigDecimal(to.toString()).compareTo(new BigDecimal(from.toString()));
        if (direction == 0) {
            return subject + " were " + Format.value(from) + " in both " + categories.get(first) + " and "
                    + categories.get(last) + gaps + ".";
        }
        String verb = direction > 0 ? " rose from " : " fell from ";
        return subject + verb + Format.value(from) + " in " + categories.get(first) + " to " + Format.value(to)
                + " in " + categories.get(last) + gaps + ".";
    }

    /** "Of the 26 forces that provided figures for 2016/17, X recorded the most (2,000) and Y the fewest (100)." */
    public static String ranking(String yearLabel, List<String> names, List<Long> values) {
        long provided = values.stream().filter(Objects::nonNull).count();
        if (provided == 0) {
            return "No force's figure was published for " + yearLabel + ".";
        }
        int most = 0;
        int fewest = 0;
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) > values.get(most)) {
                most = i;
            }
            if (values.get(i) < values.get(fewest)) {
                fewest = i;
            }
        }
        return "Of the " + provided + " forces that provided figures for " + yearLabel + ", " + names.get(most)
                + " recorded the most offences (" + Format.number(values.get(most)) + ") and " + names.get(fewest)
                + " the fewest (" + Format.number(values.get(fewest)) + ").";
    }

    private static String gapNote(int missing) {
        if (missing <= 0) {
            return "";
        }
        return ", with no figure provided for " + (missing == 1 ? "one year" : missing + " years") + " in between";
    }
}
