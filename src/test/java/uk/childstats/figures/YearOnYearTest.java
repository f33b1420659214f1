package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class YearOnYearTest {
    @Test
    void dorsetRoseBy90Or27Point1PerCentIn2015To16() {
        YearOnYear change = new YearOnYear(332, 422);
        assertEquals(90, change.absolute());
        assertEquals("27.1", change.percent().orElseThrow().toPlainString());
        assertEquals("up 90 (27.1%)", change.text());
        assertEquals("(422 − 332) ÷ 332 × 100 = 27.1%", change.working());
    }

    @Test
    void aFallIsWrittenAsDownWithAPositivePercentage() {
        assertEquals("down 68 (16.1%)", new YearOnYear(422, 354).text());
    }

    @Test
    void halvesRoundUpAsAJournalistWould() {
        // 1 / 8 = 12.5%, 3 / 16 = 18.75% -> 18.8%
        assertEquals("up 1 (12.5%)", new YearOnYear(8, 9).text());
        assertEquals("up 3 (18.8%)", new YearOnYear(16, 19).text());
        assertEquals("up 1,200 (1,200.0%)", new YearOnYear(100, 1300).text());
    }

    @Test
    void noPercentageFromZero() {
        assertEquals("up 5", new YearOnYear(0, 5).text());
        assertEquals("no change", new YearOnYear(7, 7).text());
    }
}
