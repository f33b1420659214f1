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
    private static final List<String> COUNT = List.of("quarter", "two quarters", "three quarters");

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
        // The earlier months run into the part year's calendar year only when they are January to March.
        String from = FIRST_MONTH.get(quarters) + (quarters == 3 ? "" : " " + before.startYear());
        String earlier = from + " to March " + partYear.startYear() + " (the last "
                + COUNT.get(4 - quarters - 1) + " of " + before.label() + ")";
        String later = "April to " + LAST_MONTH.get(quarters - 1) + " " + partYear.startYear() + " (the first "
                + COUNT.get(quarters - 1) + " published of the year from April " + partYear.startYear() + ")";
        return earlier + " and " + later;
    }

    public String totalText() {
        return Format.number(englandAndWales);
    }
}
