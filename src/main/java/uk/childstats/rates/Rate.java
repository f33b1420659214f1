package uk.childstats.rates;

import java.math.BigDecimal;
import java.math.RoundingMode;
import uk.childstats.figures.Format;

/**
 * Offences per 1,000 children aged 0 to 17 living in the area, to one decimal place (half up), computed from the
 * count the site publishes and the population estimate for the middle of the financial year. children is null when
 * there is no estimate for the year, offences null when no count was provided: then there is no rate.
 */
public record Rate(Long offences, Long children) {
    public static final String NOT_AVAILABLE = "not available";
    /** Below this many children a rate rests on a handful of offences (City of London: 600 to 1,800). */
    static final long FEW_CHILDREN = 2_000;
    public static final String FEW_CHILDREN_WARNING = "Fewer than " + Format.number(FEW_CHILDREN) + " children live "
            + "in this area, so its rate rests on a handful of offences and swings widely from year to year: compare it "
            + "with care.";
    /** Why an area with few children is left out of every ranking by rate. */
    public static final String NOT_RANKED_BY_RATE = "Not ranked by rate: fewer than " + Format.number(FEW_CHILDREN)
            + " children live in this area, so a handful of offences more or fewer moves its rate a long way and "
            + "would decide its place in the ranking.";
    /** Who a ranking by rate is among, after "the N forces of England and Wales". */
    public static final String RANKED_BY_RATE_AMONG = "with at least " + Format.number(FEW_CHILDREN) + " children";
    public static final String CENSUS_BASE_NOTE = "Population estimates to mid-2020 are based on the 2011 Census and "
            + "from mid-2021 on Census 2021, so part of any change in rates between 2020/21 and 2021/22 is the change "
            + "of base, not a change in offences.";

    public boolean available() {
        return offences != null && children != null && children > 0;
    }

    /** Per 1,000 children, one decimal place; only when available. */
    public BigDecimal value() {
        if (!available()) {
            throw new IllegalStateException("no rate without both a count and a population");
        }
        return BigDecimal.valueOf(offences).multiply(BigDecimal.valueOf(1000))
                .divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP);
    }

    /** The value for a download or the API: null when not available. */
    public BigDecimal valueOrNull() {
        return available() ? value() : null;
    }

    public String text() {
        return available() ? Format.oneDecimal(value()) : NOT_AVAILABLE;
    }

    /** "497 offences ÷ 142,842 children × 1,000 = 3.5" */
    public String working() {
        if (!available()) {
            return "";
        }
        return Format.number(offences) + (offences == 1 ? " offence" : " offences") + " ÷ " + Format.number(children)
                + " children × 1,000 = " + text();
    }

    public boolean fewChildren() {
        return available() && children < FEW_CHILDREN;
    }

    /** Whether the rate may stand in a ranking by rate: available, and not resting on a handful of offences. */
    public boolean rankable() {
        return available() && !fewChildren();
    }
}
