package uk.childstats.figures;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Optional;

/**
 * "On average one offence recorded about every 25 hours": the hours in the financial year divided by the offences
 * recorded in it, in whole minutes when under an hour and whole hours otherwise, rounded half up.
 */
public record OffenceInterval(FinancialYear year, long offences) {

    public static Optional<OffenceInterval> of(FinancialYear year, Long offences) {
        return offences == null || offences <= 0 ? Optional.empty()
                : Optional.of(new OffenceInterval(year, offences));
    }

    public BigDecimal hoursEach() {
        return BigDecimal.valueOf(year.hours()).divide(BigDecimal.valueOf(offences), 10, RoundingMode.HALF_UP);
    }

    /** "25 hours", "8 minutes", "1 hour". */
    public String rounded() {
        BigDecimal hours = hoursEach();
        if (hours.compareTo(BigDecimal.ONE) < 0) {
            long minutes = hours.multiply(BigDecimal.valueOf(60)).setScale(0, RoundingMode.HALF_UP).longValue();
            if (minutes < 60) {
                return plural(Math.max(minutes, 1), "minute");
            }
            return plural(1, "hour");
        }
        return plural(hours.setScale(0, RoundingMode.HALF_UP).longValue(), "hour");
    }

    public String text() {
        return "On average, one offence was recorded about every " + rounded() + " in " + year.label() + ".";
    }

    /** Offences a day: the offences divided by the days in the financial year (the hours ÷ 24). */
    private BigDecimal perDay() {
        return BigDecimal.valueOf(offences * 24).divide(BigDecimal.valueOf(year.hours()), 10, RoundingMode.HALF_UP);
    }

    /** "about 177 a day", or "about 7 a week" under one a day: the form most reports use. */
    public String perDayOrWeek() {
        BigDecimal perDay = perDay();
        if (perDay.compareTo(BigDecimal.ONE) >= 0) {
            return "about " + Format.number(perDay.setScale(0, RoundingMode.HALF_UP).longValue()) + " a day";
        }
        long perWeek = perDay.multiply(BigDecimal.valueOf(7)).setScale(0, RoundingMode.HALF_UP).longValue();
        return perWeek < 1 ? "fewer than one a week" : "about " + Format.number(perWeek) + " a week";
    }

    public String perDayText() {
        return "That is " + perDayOrWeek() + ".";
    }

    /** "64,667 offences ÷ 365 days in 2016/17 = 177.2 a day" (× 7 for a week). */
    public String perDayWorking() {
        BigDecimal perDay = perDay();
        String base = plural(offences, "offence") + " ÷ " + year.hours() / 24 + " days in " + year.label();
        if (perDay.compareTo(BigDecimal.ONE) >= 0) {
            return base + " = " + Format.oneDecimal(perDay) + " a day";
        }
        return base + " × 7 = " + Format.oneDecimal(perDay.multiply(BigDecimal.valueOf(7))) + " a week";
    }

    /** "8,760 hours in 2016/17 ÷ 354 offences = 24.7 hours" (and the minutes when under an hour). */
    public String working() {
        BigDecimal hours = hoursEach();
        String base = Format.number(year.hours()) + " hours in " + year.label()
                + (year.hours() > 8760 ? " (a leap year)" : "") + " ÷ " + plural(offences, "offence") + " = ";
        if (hours.compareTo(BigDecimal.ONE) < 0) {
            return base + Format.oneDecimal(hours.multiply(BigDecimal.valueOf(60))) + " minutes";
        }
        return base + Format.oneDecimal(hours) + " hours";
    }

    private static String plural(long n, String unit) {
        return Format.number(n) + " " + unit + (n == 1 ? "" : "s");
    }
}
