package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestDatabase;

/** The figures the site works out, checked on real rows of the bundled data. */
class DerivedFiguresTest {
    private final PublishedValues figures = new PublishedValues(TestDatabase.withBundledData().dsl());

    private Cell cell(String area, String year, String measure) {
        return figures.cellsOfArea(area).stream()
                .filter(c -> c.year().label().equals(year) && c.measureCode().equals(measure)).findFirst()
                .orElseThrow(() -> new AssertionError("no " + area + " " + year + " " + measure));
    }

    private Measure measure(String code) {
        return figures.measures().stream().filter(m -> m.code().equals(code)).findFirst().orElseThrow();
    }

    @Test
    void dorset2015To16Was422Against332UpBy90Or27Point1PerCent() {
        Change change = Change.between(cell("dorset-police", "2014/15", Measure.TOTAL),
                cell("dorset-police", "2015/16", Measure.TOTAL));
        assertEquals("422 in 2015/16 against 332 in 2014/15, up 90 (27.1%)", change.sentence());
        assertEquals("(422 − 332) ÷ 332 × 100 = 27.1%", change.working());
    }

    @Test
    void dorset2016To17WasAFallFrom422To354() {
        Change change = Change.between(cell("dorset-police", "2015/16", Measure.TOTAL),
                cell("dorset-police", "2016/17", Measure.TOTAL));
        assertEquals("354 in 2016/17 against 422 in 2015/16, down 68 (16.1%)", change.sentence());
    }

    @Test
    void aChangeBetweenFiguresFromDifferentSourcesSaysSo() {
        Change change = Change.between(cell("dorset-police", "2018/19", Measure.TOTAL),
                cell("dorset-police", "2019/20", Measure.TOTAL));
        assertTrue(change.differentSources());
        assertEquals("The 2018/19 and 2019/20 figures come from different sources.", change.sourceNote());
    }

    @Test
    void inTheLeapYear2015To16Dorset422IsOneOffenceAboutEvery21Hours() {
        OffenceInterval interval = OffenceInterval.of(new FinancialYear(2015), 422L).orElseThrow();
        assertEquals(8784, new FinancialYear(2015).hours());
        assertEquals("On average, one offence was recorded about every 21 hours in 2015/16.", interval.text());
        assertEquals("8,784 hours in 2015/16 (a leap year) ÷ 422 offences = 20.8 hours", interval.working());
        // 422 ÷ 366 days = 1.15 a day
        assertEquals("That is about 1 a day.", interval.perDayText());
        assertEquals("422 offences ÷ 366 days in 2015/16 = 1.2 a day", interval.perDayWorking());
    }

    @Test
    void in2016To17Dorset354IsAbout25HoursAndTheUkTotal64667IsAbout8Minutes() {
        assertEquals("25 hours", OffenceInterval.of(new FinancialYear(2016), 354L).orElseThrow().rounded());
        long uk = cell(Area.UK_TOTAL, "2016/17", Measure.TOTAL).value();
        assertEquals(64667, uk);
        OffenceInterval interval = OffenceInterval.of(new FinancialYear(2016), uk).orElseThrow();
        assertEquals("8 minutes", interval.rounded());
        assertEquals("8,760 hours in 2016/17 ÷ 64,667 offences = 8.1 minutes", interval.working());
        // 64,667 ÷ 365 = 177.17 a day; Dorset's 354 ÷ 365 × 7 = 6.79 a week
        assertEquals("about 177 a day", interval.perDayOrWeek());
        assertEquals("64,667 offences ÷ 365 days in 2016/17 = 177.2 a day", interval.perDayWorking());
        OffenceInterval dorset = OffenceInterval.of(new FinancialYear(2016), 354L).orElseThrow();
        assertEquals("about 7 a week", dorset.perDayOrWeek());
        assertEquals("354 offences ÷ 365 days in 2016/17 × 7 = 6.8 a week", dorset.perDayWorking());
    }

    @Test
    void intervalsRoundHalfUpAndNeverSay60MinutesOrZero() {
        assertEquals("1 hour", new OffenceInterval(new FinancialYear(2016), 8790).rounded()); // 59.8 minutes
        assertEquals("1 minute", new OffenceInterval(new FinancialYear(2016), 1_000_000).rounded());
        assertTrue(OffenceInterval.of(new FinancialYear(2016), null).isEmpty());
        assertTrue(OffenceInterval.of(new FinancialYear(2016), 0L).isEmpty());
    }

    @Test
    void dorsetVictimsAged10AndUnderWere17Point5PerCentIn2015To16InTheSourcesWording() {
        Share share = Share.of(measure("victims_aged_10_and_under"),
                cell("dorset-police", "2015/16", "victims_aged_10_and_under").value(),
                cell("dorset-police", "2015/16", Measure.TOTAL).value()).orElseThrow();
        assertEquals("17.5% of the offences recorded were against children aged 10 and under (74 of 422).", share.text());
        assertEquals("74 ÷ 422 × 100 = 17.5%", share.working());
    }

    @Test
    void underTenIsNeverCalledTenAndUnder() {
        Share share = Share.of(measure("victims_under_10"), 12374L, 73518L).orElseThrow();
        assertTrue(share.text().contains("children under 10"), share.text());
        assertFalse(share.text().contains("10 and under"));
    }

    @Test
    void noShareWhenEitherFigureIsMissingOrThePartExceedsTheTotal() {
        assertTrue(Share.of(measure("victims_under_1"), null, 100L).isEmpty());
        assertTrue(Share.of(measure("victims_under_1"), 5L, null).isEmpty());
        assertTrue(Share.of(measure("victims_under_1"), 193L, 150L).isEmpty());
        assertTrue(Share.of(measure("online_flagged_percent_reported"), 5L, 100L).isEmpty());
    }

    @Test
    void ranksAreAmongForcesThatProvidedFiguresWithJointRanksSharingAPlace() {
        FinancialYear year = new FinancialYear(2016);
        Map<String, Rank> ranks = Rank.among(Map.of("a", 900L, "b", 500L, "c", 500L, "d", 100L), year);
        assertEquals("the highest of 4 forces that provided figures for 2016/17", ranks.get("a").text());
        assertEquals("joint 2nd highest of 4 forces that provided figures for 2016/17", ranks.get("b").text());
        assertEquals("the lowest of 4 forces that provided figures for 2016/17", ranks.get("d").text());
        assertEquals(4, Rank.among(Map.of("a", 9L, "b", 8L, "c", 7L, "d", 6L, "e", 1L), year).get("d").position());
    }

    @Test
    void ratesRankLikeCountsAndEqualRatesShareARankWhateverTheirScale() {
        Map<String, Rank> ranks = Rank.among(Map.of("a", new java.math.BigDecimal("3.5"),
                "b", new java.math.BigDecimal("3.50"), "c", new java.math.BigDecimal("4.1"),
                "d", new java.math.BigDecimal("0.2")), new FinancialYear(2016));
        assertEquals("1", ranks.get("c").label());
        assertEquals("=2", ranks.get("a").label());
        assertEquals("=2", ranks.get("b").label());
        assertEquals("4", ranks.get("d").label());
    }

    @Test
    void dorsetIn2016To17WasTheLowestOfTheForcesThatProvidedFigures() {
        Map<String, Long> totals = new java.util.HashMap<>();
        figures.areas().stream().filter(Area::isForce).filter(Area::territorial).forEach(a -> {
            Long v = figures.valuesOf(Measure.TOTAL).getOrDefault(a.slug(), Map.of()).get(new FinancialYear(2016));
            if (v != null) {
                totals.put(a.slug(), v);
            }
        });
        Rank rank = Rank.among(totals, new FinancialYear(2016)).get("dorset-police");
        assertEquals(totals.size(), rank.outOf());
        assertTrue(rank.outOf() < figures.areas().stream().filter(Area::isForce).count(), "never among all forces");
        assertEquals(totals.values().stream().filter(v -> v > 354).count() + 1, rank.position());
    }

    @Test
    void continuousYearsFillTheGapsSoAChartShowsThem() {
        assertEquals(List.of(new FinancialYear(2018), new FinancialYear(2019), new FinancialYear(2020),
                new FinancialYear(2021)), FinancialYear.continuous(List.of(new FinancialYear(2021), new FinancialYear(2018))));
    }
}
