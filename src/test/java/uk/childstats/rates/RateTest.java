package uk.childstats.rates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.FinancialYear;

class RateTest {
    @Test
    void dorset2016To17Is497OffencesAmong142842ChildrenWhichIs3Point5Per1000() {
        // By hand: 497 × 1,000 = 497,000; 497,000 ÷ 142,842 = 3.479..., which rounds to 3.5.
        Rate rate = new Rate(497L, 142_842L);
        assertEquals(new BigDecimal("3.5"), rate.value());
        assertEquals("3.5", rate.text());
        assertEquals("497 offences ÷ 142,842 children × 1,000 = 3.5", rate.working());
    }

    @Test
    void aRateIsRoundedHalfUpToOneDecimalPlace() {
        assertEquals("0.3", new Rate(5L, 20_000L).text());
        assertEquals("0.1", new Rate(1L, 8_000L).text());
        assertEquals("2.5", new Rate(1L, 400L).text());
        assertEquals("1,000.0", new Rate(1_000L, 1_000L).text());
    }

    @Test
    void aYearWithoutAPopulationEstimateHasNoRate() {
        Rate rate = new Rate(175L, null);
        assertFalse(rate.available());
        assertEquals("not available", rate.text());
        assertNull(rate.valueOrNull());
    }

    @Test
    void aCountThatWasNotProvidedHasNoRate() {
        assertEquals("not available", new Rate(null, 142_842L).text());
    }

    @Test
    void anAreaWithFewerThan2000ChildrenCarriesAWarning() {
        assertTrue(new Rate(9L, 591L).fewChildren());
        assertFalse(new Rate(497L, 142_842L).fewChildren());
    }

    @Test
    void mid2016IsThePopulationFor2016To17() {
        assertEquals(2016, ChildPopulation.midYearOf(FinancialYear.parse("2016/17").orElseThrow()));
    }

    @Test
    void theCensusBaseNoteAppearsOnlyWhenRatesSpan2020To21And2021To22() {
        FinancialYear y2020 = new FinancialYear(2020);
        FinancialYear y2021 = new FinancialYear(2021);
        assertTrue(RateNotes.of(List.of(y2020, y2021), List.of()).crossesCensusBase());
        assertFalse(RateNotes.of(List.of(new FinancialYear(2019), y2020), List.of()).crossesCensusBase());
        assertFalse(RateNotes.of(List.of(y2021, new FinancialYear(2022)), List.of()).crossesCensusBase());
    }
}
