package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Shares of a year's total, with the measures worded as in sql/V2__reference_data.sql. */
class ShareTest {
    private static final Measure AGED_10_AND_UNDER = new Measure("victims_aged_10_and_under",
            "Victims aged 10 and under", "", true);
    private static final Measure UNDER_10 = new Measure("victims_under_10", "Victims under 10", "", true);
    private static final Measure ONLINE = new Measure("online_flagged", "Flagged as online", "", true);
    private static final Measure ONLINE_PERCENT = new Measure("online_flagged_percent_reported",
            "Share flagged as online (%)", "", false);
    private static final Measure PREVIOUS_YEAR = new Measure("total_offences_previous_year_reported",
            "Previous year's total, as quoted", "", true);

    @ParameterizedTest(name = "{0} of {1} is {2}%")
    @CsvSource({
            "74, 422, 17.5",  // 17.535..
            "49, 400, 12.3",  // 12.25 exactly: half even would give 12.2
            "1, 8, 12.5",
            "2, 3, 66.7",     // 66.66..: truncating gives 66.6
            "1, 3, 33.3",
            "0, 50, 0.0",
            "50, 50, 100.0",
            "1, 2001, 0.0",   // 0.0499..
            "1, 1999, 0.1"})  // 0.05002..
    void perCentOfTheTotal(long part, long total, String percent) {
        Share share = Share.of(AGED_10_AND_UNDER, part, total).orElseThrow();
        assertEquals(percent, share.percent().toPlainString());
        assertEquals(Format.number(part) + " ÷ " + Format.number(total) + " × 100 = " + percent + "%",
                share.working());
    }

    @Test
    void theSentenceUsesTheMeasuresOwnWords() {
        assertEquals("17.5% of the offences recorded were against children aged 10 and under (74 of 422).",
                Share.of(AGED_10_AND_UNDER, 74L, 422L).orElseThrow().text());
        assertEquals("16.8% of the offences recorded were against children under 10 (12,374 of 73,518).",
                Share.of(UNDER_10, 12374L, 73518L).orElseThrow().text());
        assertEquals("5.0% of the offences recorded were flagged as online (61 of 1,220).",
                Share.of(ONLINE, 61L, 1220L).orElseThrow().text());
        assertEquals("children under 10", Share.of(UNDER_10, 1L, 2L).orElseThrow().who());
        assertEquals("offences flagged as online", Share.of(ONLINE, 1L, 2L).orElseThrow().who());
    }

    @Test
    void onlyCountsThatArePartOfTheTotal() {
        assertTrue(Share.isPartOfTotal(AGED_10_AND_UNDER));
        assertTrue(Share.isPartOfTotal(ONLINE));
        assertFalse(Share.isPartOfTotal(ONLINE_PERCENT));
        assertFalse(Share.isPartOfTotal(PREVIOUS_YEAR));
        assertFalse(Share.isPartOfTotal(new Measure("victims_under_1", "Victims under 1", "", false)));
        assertFalse(Share.isPartOfTotal(new Measure("online_flagged_previous_year_reported", "x", "", true)));
    }

    @Test
    void noShareWhenAFigureIsMissingZeroOrLargerThanTheTotal() {
        assertTrue(Share.of(AGED_10_AND_UNDER, null, 100L).isEmpty());
        assertTrue(Share.of(AGED_10_AND_UNDER, 5L, null).isEmpty());
        assertTrue(Share.of(AGED_10_AND_UNDER, 0L, 0L).isEmpty());
        assertTrue(Share.of(AGED_10_AND_UNDER, 5L, -1L).isEmpty());
        assertTrue(Share.of(AGED_10_AND_UNDER, 101L, 100L).isEmpty());
        assertTrue(Share.of(ONLINE_PERCENT, 5L, 100L).isEmpty());
        assertEquals(new Share(AGED_10_AND_UNDER, 100, 100), Share.of(AGED_10_AND_UNDER, 100L, 100L).orElseThrow());
        assertEquals(new Share(AGED_10_AND_UNDER, 1, 1), Share.of(AGED_10_AND_UNDER, 1L, 1L).orElseThrow());
    }
}
