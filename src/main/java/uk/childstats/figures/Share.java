package uk.childstats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Locale;
import java.util.Optional;

/**
 * The share of a year's offences counted by a sub-measure (an age band, or flagged as online), in the measure's
 * own wording: "under 10" is never written as "10 and under".
 */
public record Share(Measure part, long partValue, long total) {
    private static final String VICTIMS = "victims ";

    /** Only for counts that are part of the total, and never above it (that would mean the sources disagree). */
    public static Optional<Share> of(Measure part, Long partValue, Long total) {
        if (partValue == null || total == null || total <= 0 || partValue > total || !isPartOfTotal(part)) {
            return Optional.empty();
        }
        return Optional.of(new Share(part, partValue, total));
    }

    public static boolean isPartOfTotal(Measure measure) {
        return measure.isCount() && (measure.code().startsWith("victims_") || measure.code().equals("online_flagged"));
    }

    public BigDecimal percent() {
        return BigDecimal.valueOf(partValue * 100L).divide(BigDecimal.valueOf(total), 1, RoundingMode.HALF_UP);
    }

    /** "children aged 10 and under", "children under 10", "offences flagged as online": taken from the label. */
    public String who() {
        String label = part.label().toLowerCase(Locale.UK);
        return label.startsWith(VICTIMS) ? "children " + label.substring(VICTIMS.length()) : "offences " + label;
    }

    /** "17.5% of the offences recorded were against children aged 10 and under (74 of 422)." */
    public String text() {
        String what = who().startsWith("children ") ? "were against " + who() : "were " + who().substring(9);
        return Format.oneDecimal(percent()) + "% of the offences recorded " + what + " (" + Format.number(partValue)
                + " of " + Format.number(total) + ").";
    }

    public String working() {
        return Format.number(partValue) + " ÷ " + Format.number(total) + " × 100 = " + Format.oneDecimal(percent()) + "%";
    }
}
