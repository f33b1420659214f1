package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Standard competition ranking (1, 2, 2, 4), highest first, among the forces given only. The expected ranks are
 * written out by hand; the wrong versions they tell apart are dense ranking (1, 2, 2, 3), ordinal ranking
 * (1, 2, 3, 4), lowest first, and ranking a force without a figure as if it had 0.
 */
class RankTest {
    private static final FinancialYear YEAR = new FinancialYear(2016);

    /** Forces and values in the order written, so a tie is not broken by a map's order. */
    private static Map<String, Long> values(Object... slugsAndValues) {
        Map<String, Long> values = new LinkedHashMap<>();
        for (int i = 0; i < slugsAndValues.length; i += 2) {
            values.put((String) slugsAndValues[i], ((Number) slugsAndValues[i + 1]).longValue());
        }
        return values;
    }

    private static List<String> labels(Map<String, Rank> ranks, String... slugs) {
        return java.util.Arrays.stream(slugs).map(s -> ranks.get(s).label()).toList();
    }

    @Test
    void tiesShareAPlaceAndTheNextPlaceIsSkipped() {
        Map<String, Rank> ranks = Rank.among(values("d", 100, "b", 500, "a", 900, "c", 500), YEAR);
        assertEquals(List.of("1", "=2", "=2", "4"), labels(ranks, "a", "b", "c", "d"));
        assertEquals(List.of(1, 2, 2, 4), List.of(ranks.get("a").position(), ranks.get("b").position(),
                ranks.get("c").position(), ranks.get("d").position()));
        assertFalse(ranks.get("a").joint());
        assertTrue(ranks.get("b").joint());
        assertEquals(4, ranks.get("d").outOf());
        assertEquals(YEAR, ranks.get("d").year());
    }

    @Test
    void threeWayTieAtTheTopAndTwoWayTieAtTheBottom() {
        Map<String, Rank> ranks = Rank.among(values("a", 7, "b", 7, "c", 7, "d", 3, "e", 1, "f", 1), YEAR);
        assertEquals(List.of("=1", "=1", "=1", "4", "=5", "=5"), labels(ranks, "a", "b", "c", "d", "e", "f"));
        assertEquals("joint 1st highest of 6 forces that provided figures for 2016/17", ranks.get("a").text());
        assertEquals("4th highest of 6 forces that provided figures for 2016/17", ranks.get("d").text());
        // Joint last is said as joint, never "the lowest".
        assertEquals("joint 5th highest of 6 forces that provided figures for 2016/17", ranks.get("f").text());
    }

    @Test
    void everyForceEqualIsJointFirst() {
        Map<String, Rank> ranks = Rank.among(values("a", 0, "b", 0), YEAR);
        assertEquals(List.of("=1", "=1"), labels(ranks, "a", "b"));
        assertEquals("joint 1st highest of 2 forces that provided figures for 2016/17", ranks.get("b").text());
    }

    @Test
    void firstLastAndMiddleInWords() {
        Map<String, Rank> ranks = Rank.among(values("a", 30, "b", 20, "c", 10), new FinancialYear(2019));
        assertEquals("the highest of 3 forces that provided figures for 2019/20", ranks.get("a").text());
        assertEquals("2nd highest of 3 forces that provided figures for 2019/20", ranks.get("b").text());
        assertEquals("the lowest of 3 forces that provided figures for 2019/20", ranks.get("c").text());
    }

    @Test
    void theOnlyForceIsNotCalledHighestOrLowest() {
        Rank only = Rank.among(values("a", 12), YEAR).get("a");
        assertEquals("1", only.label());
        assertEquals("the only force that provided figures for 2016/17", only.text());
    }

    @Test
    void aForceWithoutAFigureIsNotRankedAndDoesNotCountInTheNumberRanked() {
        // Four forces, one of which gave no figure: the other three are ranked among three, and a 0 would have
        // pushed the lowest of them to 3rd of 4 with "the lowest" going to the missing force.
        Map<String, Rank> ranks = Rank.among(values("a", 40, "b", 25, "c", 9), YEAR);
        assertNull(ranks.get("missing"));
        assertEquals(3, ranks.size());
        assertEquals("the lowest of 3 forces that provided figures for 2016/17", ranks.get("c").text());
        // A force that really recorded 0 offences is ranked, last.
        Map<String, Rank> withZero = Rank.among(values("a", 40, "b", 25, "c", 9, "z", 0), YEAR);
        assertEquals("the lowest of 4 forces that provided figures for 2016/17", withZero.get("z").text());
        assertEquals("3rd highest of 4 forces that provided figures for 2016/17", withZero.get("c").text());
    }

    @Test
    void twelfthAndTwentySecondInWords() {
        Map<String, Long> many = new LinkedHashMap<>();
        for (int i = 1; i <= 25; i++) {
            many.put("f" + i, 1000L - i);
        }
        Map<String, Rank> ranks = Rank.among(many, YEAR);
        assertEquals("12th highest of 25 forces that provided figures for 2016/17", ranks.get("f12").text());
        assertEquals("22nd highest of 25 forces that provided figures for 2016/17", ranks.get("f22").text());
        assertEquals("the lowest of 25 forces that provided figures for 2016/17", ranks.get("f25").text());
    }

    @Test
    void ratesEqualInValueShareARankWhateverTheirScale() {
        Map<String, BigDecimal> rates = new LinkedHashMap<>();
        rates.put("a", new BigDecimal("3.5"));
        rates.put("b", new BigDecimal("3.50"));
        rates.put("c", new BigDecimal("4.1"));
        rates.put("d", new BigDecimal("0.2"));
        Map<String, Rank> ranks = Rank.among(rates, YEAR);
        assertEquals(List.of("=2", "=2", "1", "4"), labels(ranks, "a", "b", "c", "d"));
    }

    @Test
    void noForcesNoRanks() {
        assertTrue(Rank.among(Map.<String, Long>of(), YEAR).isEmpty());
    }
}
