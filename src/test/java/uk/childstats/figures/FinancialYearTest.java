package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class FinancialYearTest {
    @Test
    void aYearIsWrittenWithASlashAndAddressedWithAHyphen() {
        FinancialYear year = FinancialYear.parse("2016/17").orElseThrow();
        assertEquals("2016/17", year.label());
        assertEquals("2016-17", year.slug());
        assertEquals(year, FinancialYear.parse("2016-17").orElseThrow());
        assertEquals("1999/00", new FinancialYear(1999).label());
    }

    @Test
    void yearsThatAreNotConsecutiveOrNotWrittenSoAreRefused() {
        assertTrue(FinancialYear.parse("2016/18").isEmpty());
        assertTrue(FinancialYear.parse("2016").isEmpty());
        assertTrue(FinancialYear.parse("16/17").isEmpty());
        assertTrue(FinancialYear.parse("2016/2017").isEmpty());
        assertTrue(FinancialYear.parse(null).isEmpty());
    }

    @Test
    void aYearTakingInTheTwentyNinthOfFebruaryHas8784Hours() {
        assertEquals(8784, FinancialYear.parse("2015/16").orElseThrow().hours());
        assertEquals(8760, FinancialYear.parse("2016/17").orElseThrow().hours());
        assertEquals(8784, FinancialYear.parse("2019/20").orElseThrow().hours());
    }
}
