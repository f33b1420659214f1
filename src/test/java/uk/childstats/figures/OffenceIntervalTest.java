package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * "One every N hours" and "about N a day", worked by hand from the days in the financial year: 365, or 366 when it
 * takes in 29 February (2015/16, 2019/20, 2023/24, 1999/2000; not 2099/2100, as 2100 is not a leap year).
 */
class OffenceIntervalTest {

    @ParameterizedTest(name = "{0}: {1} offences is one every {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start year | offences | rounded       | hours in the year, how the working ends
            2016         | 354      | 25 hours      | 8,760 hours in 2016/17 ÷ 354 offences = 24.7 hours
            2015         | 422      | 21 hours      | 8,784 hours in 2015/16 (a leap year) ÷ 422 offences = 20.8 hours
            # 8,784 ÷ 16 = 549 exactly; with 365 days it would be 547.5, so 548
            2023         | 16       | 549 hours     | 8,784 hours in 2023/24 (a leap year) ÷ 16 offences = 549.0 hours
            # 8,760 ÷ 48 = 182.5: half up gives 183, half even 182
            2016         | 48       | 183 hours     | 8,760 hours in 2016/17 ÷ 48 offences = 182.5 hours
            2016         | 1        | 8,760 hours   | 8,760 hours in 2016/17 ÷ 1 offence = 8,760.0 hours
            2016         | 4380     | 2 hours       | 8,760 hours in 2016/17 ÷ 4,380 offences = 2.0 hours
            2016         | 8760     | 1 hour        | 8,760 hours in 2016/17 ÷ 8,760 offences = 1.0 hours
            # 8,760 ÷ 8,761 × 60 = 59.99 minutes: never written as 60 minutes
            2016         | 8761     | 1 hour        | 8,760 hours in 2016/17 ÷ 8,761 offences = 60.0 minutes
            # 525,600 minutes ÷ 8,833 = 59.504, half up to 60, so 1 hour; ÷ 8,834 = 59.497
            2016         | 8833     | 1 hour        | 8,760 hours in 2016/17 ÷ 8,833 offences = 59.5 minutes
            2016         | 8834     | 59 minutes    | 8,760 hours in 2016/17 ÷ 8,834 offences = 59.5 minutes
            2016         | 64667    | 8 minutes     | 8,760 hours in 2016/17 ÷ 64,667 offences = 8.1 minutes
            # 8,760 ÷ 116,800 = 0.075 hours = 4.5 minutes: half up gives 5, half even 4
            2016         | 116800   | 5 minutes     | 8,760 hours in 2016/17 ÷ 116,800 offences = 4.5 minutes
            # 525,600 ÷ 10,000,000 = 0.05 minutes: never written as 0 minutes
            2016         | 10000000 | 1 minute      | 8,760 hours in 2016/17 ÷ 10,000,000 offences = 0.1 minutes
            2099         | 16       | 548 hours     | 8,760 hours in 2099/00 ÷ 16 offences = 547.5 hours
            1999         | 16       | 549 hours     | 8,784 hours in 1999/00 (a leap year) ÷ 16 offences = 549.0 hours
            """)
    void oneOffenceEvery(int startYear, long offences, String rounded, String working) {
        OffenceInterval interval = OffenceInterval.of(new FinancialYear(startYear), offences).orElseThrow();
        assertEquals(rounded, interval.rounded());
        assertEquals(working, interval.working());
        assertEquals("On average, one offence was recorded about every " + rounded + " in "
                + new FinancialYear(startYear).label() + ".", interval.text());
    }

    @Test
    void theHoursEachAreKeptToTenDecimalPlaces() {
        assertEquals(new BigDecimal("24.7457627119"), new OffenceInterval(new FinancialYear(2016), 354).hoursEach());
        assertEquals(new BigDecimal("20.8151658768"), new OffenceInterval(new FinancialYear(2015), 422).hoursEach());
    }

    @ParameterizedTest(name = "{0}: {1} offences is {2}")
    @CsvSource(delimiter = '|', textBlock = """
            # start year | offences | per day or week       | working
            2016         | 64667    | about 177 a day       | 64,667 offences ÷ 365 days in 2016/17 = 177.2 a day
            # 3,840 ÷ 366 = 10.49, so 10; divided by 365 it would be 10.52, so 11
            2015         | 3840     | about 10 a day        | 3,840 offences ÷ 366 days in 2015/16 = 10.5 a day
            2016         | 3840     | about 11 a day        | 3,840 offences ÷ 365 days in 2016/17 = 10.5 a day
            # 915 ÷ 366 = 2.5 exactly: half up gives 3, half even 2
            2019         | 915      | about 3 a day         | 915 offences ÷ 366 days in 2019/20 = 2.5 a day
            2016         | 365      | about 1 a day         | 365 offences ÷ 365 days in 2016/17 = 1.0 a day
            2016         | 364      | about 7 a week        | 364 offences ÷ 365 days in 2016/17 × 7 = 7.0 a week
            2016         | 354      | about 7 a week        | 354 offences ÷ 365 days in 2016/17 × 7 = 6.8 a week
            # 183 ÷ 366 × 7 = 3.5 exactly, half up to 4
            2015         | 183      | about 4 a week        | 183 offences ÷ 366 days in 2015/16 × 7 = 3.5 a week
            # 27 × 7 ÷ 365 = 0.518, so about 1 a week; 26 × 7 ÷ 365 = 0.499
            2016         | 27       | about 1 a week        | 27 offences ÷ 365 days in 2016/17 × 7 = 0.5 a week
            2016         | 26       | fewer than one a week | 26 offences ÷ 365 days in 2016/17 × 7 = 0.5 a week
            2016         | 1        | fewer than one a week | 1 offence ÷ 365 days in 2016/17 × 7 = 0.0 a week
            2016         | 1483000  | about 4,063 a day     | 1,483,000 offences ÷ 365 days in 2016/17 = 4,063.0 a day
            """)
    void aboutSoManyADayOrAWeek(int startYear, long offences, String perDayOrWeek, String working) {
        OffenceInterval interval = OffenceInterval.of(new FinancialYear(startYear), offences).orElseThrow();
        assertEquals(perDayOrWeek, interval.perDayOrWeek());
        assertEquals("That is " + perDayOrWeek + ".", interval.perDayText());
        assertEquals(working, interval.perDayWorking());
    }

    @Test
    void noIntervalWithoutOffences() {
        FinancialYear year = new FinancialYear(2016);
        assertTrue(OffenceInterval.of(year, null).isEmpty());
        assertTrue(OffenceInterval.of(year, 0L).isEmpty());
        assertTrue(OffenceInterval.of(year, -3L).isEmpty());
        assertEquals(new OffenceInterval(year, 1), OffenceInterval.of(year, 1L).orElseThrow());
    }
}
