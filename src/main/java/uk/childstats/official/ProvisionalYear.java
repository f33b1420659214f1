package uk.childstats.official;

import java.util.List;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;

/**
 * The latest twelve months of a release whose newest year has only some of its quarters: "the year ending December
 * 2025 (provisional)", the sum of the last quarters of the year before and the first quarters published. Never a
 * financial year: it is shown on its own, never ranked, and never compared with the years.
 *
 * @param partYear the year with only {@code quarters} of its four quarters published
 */
public record ProvisionalYear(FinancialYear partYear, int quarters, long englandAndWales) {
    private static final List<String> FIRST_MONTH = List.of("April", "July", "October", "January");
    private static final List<String> LAST_MONTH = List.of("June", "September", "December", "March");

    /** "the year ending December 2025 (provisional)". */
    public String name() {
        return "the year ending " + LAST_MONTH.get(quarters - 1) + " " + partYear.startYear() + " (provisional)";
    }

    /**
     * Which quarters it sums, without naming the part year as a year: "January to March 2025 (the last quarter of
     * 2024/25) and April to December 2025 (the first three quarters published of the year from April 2025)".
     */
    public String quartersText() {
        FinancialYear before = partYear.previous();
        int firstMonthYear = quarters == 3 ? partYear.startYear() : before.startYear();
        String earlier = FIRST_MONTH.get(quarters) + " " + firstMonthYear + " to March " + partYear.startYear() + " ("
                + (quarters == 3 ? "the last quarter" : "the last " + (4 - quarters) + " quarters") + " of "
                + before.label() + ")";
        String later = "April to " + LAST_MONTH.get(quarters - 1) + " " + partYear.startYear() + " (the first "
                + (quarters == 1 ? "quarter" : quarters + " quarters") + " published of the year from April "
                + partYear.startYear() + ")";
        return earlier + " and " + later;
    }

    public String totalText() {
        return Format.number(englandAndWales);
    }
}
