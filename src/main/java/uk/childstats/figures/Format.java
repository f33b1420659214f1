package uk.childstats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.NumberFormat;
import java.util.Locale;

/** Numbers as a UK reader expects them: 1,483; 27.1%. */
public final class Format {
    public static final String NOT_PROVIDED = "not provided";

    private Format() {
    }

    public static String number(long value) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(value);
    }

    public static String number(Long value) {
        return value == null ? NOT_PROVIDED : number(value.longValue());
    }

    /** A count as 1,483, a decimal (a rate) to one decimal place. */
    public static String value(Number value) {
        return value instanceof BigDecimal decimal ? oneDecimal(decimal) : number(value.longValue());
    }

    /** One decimal place, rounded half up, as a journalist rounds: 27.08 is 27.1. */
    public static String oneDecimal(BigDecimal value) {
        NumberFormat format = NumberFormat.getNumberInstance(Locale.UK);
        format.setMinimumFractionDigits(1);
        return format.format(value.setScale(1, RoundingMode.HALF_UP));
    }

    public static String ordinal(int n) {
        int lastTwo = n % 100;
        String suffix = lastTwo >= 11 && lastTwo <= 13 ? "th" : switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
        return n + suffix;
    }
}
