package uk.childstats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/** The change from one year's published value to the next, absolute and in per cent, with its working. */
public record YearOnYear(long from, long to) {

    public long absolute() {
        return to - from;
    }

    /** Per cent change to one decimal place, half up; empty when the earlier year is 0. */
    public Optional<BigDecimal> percent() {
        if (from == 0) {
            return Optional.empty();
        }
        return Optional.of(BigDecimal.valueOf(absolute() * 100L)
                .divide(BigDecimal.valueOf(from), 1, RoundingMode.HALF_UP));
    }

    /** "up 90 (27.1%)", "down 12 (3.5%)", "no change". */
    public String text() {
        if (absolute() == 0) {
            return "no change";
        }
        String direction = absolute() > 0 ? "up " : "down ";
        String pct = percent().map(p -> " (" + Format.oneDecimal(p.abs()) + "%)").orElse("");
        return direction + Format.number(Math.abs(absolute())) + pct;
    }

    /** "(422 − 332) ÷ 332 × 100 = 27.1%" */
    public String working() {
        String base = "(" + Format.number(to) + " − " + Format.number(from) + ")";
        return percent().map(p -> base + " ÷ " + Format.number(from) + " × 100 = " + Format.oneDecimal(p) + "%")
                .orElse(base + " = " + Format.number(absolute()));
    }
}
