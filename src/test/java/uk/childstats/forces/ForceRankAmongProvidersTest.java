package uk.childstats.forces;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.Area;
import uk.childstats.figures.Cell;
import uk.childstats.figures.Evidence;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.Source;

/**
 * A force's rank on its page is among the territorial forces that gave a figure that year: a force with no figure
 * is left out (never ranked as 0), and British Transport Police is never ranked with the territorial forces.
 */
class ForceRankAmongProvidersTest {
    private static final FinancialYear Y2016 = new FinancialYear(2016);
    private static final FinancialYear Y2017 = new FinancialYear(2017);
    private static final Area DORSET = new Area("dorset-police", "Dorset Police", "England", true, true);
    private static final Area GWENT = new Area("gwent-police", "Gwent Police", "Wales", true, true);
    private static final Area KENT = new Area("kent-police", "Kent Police", "England", true, true);
    private static final Area BTP = new Area("british-transport-police", "British Transport Police", "UK", true, false);
    private static final Area UK = new Area("all-uk-forces", "All UK forces", "UK", false, false);
    private static final List<Area> AREAS = List.of(DORSET, GWENT, KENT, BTP, UK);

    private static Cell total(Area area, FinancialYear year, long value) {
        Source source = new Source("https://paper.example/" + year.slug(), "T", null);
        return new Cell(area.slug(), year, Measure.TOTAL, value,
                new Evidence(value, Measure.TOTAL, year, source, "q", null), "one source", List.of());
    }

    /** 2016/17: Dorset 354, Gwent 300, Kent none, BTP 10 (lower than all); 2017/18: Dorset 400, Gwent 400, Kent 900. */
    private static final Map<String, Map<FinancialYear, Long>> TOTALS = Map.of(
            DORSET.slug(), Map.of(Y2016, 354L, Y2017, 400L),
            GWENT.slug(), Map.of(Y2016, 300L, Y2017, 400L),
            KENT.slug(), Map.of(Y2017, 900L),
            BTP.slug(), Map.of(Y2016, 10L),
            UK.slug(), Map.of(Y2016, 64_667L));

    private static ForceInsights insights(Area force, Cell... cells) {
        return ForceInsights.build(AREAS, List.of(), TOTALS, force, List.of(cells), List.of(Y2016, Y2017));
    }

    @Test
    void aForceWithoutAFigureIsLeftOutOfTheRankNotRankedAsZero() {
        ForceInsights gwent = insights(GWENT, total(GWENT, Y2016, 300), total(GWENT, Y2017, 400));
        // Newest year first. In 2016/17 Gwent (300) is the lower of the two forces that gave a figure; Kent's
        // missing figure as 0 would make it 2nd of 3, and BTP's 10 would make it 2nd of 3 as well.
        assertEquals("the lowest of 2 forces that provided figures for 2016/17", gwent.years().get(1).rank().text());
        assertEquals("joint 2nd highest of 3 forces that provided figures for 2017/18",
                gwent.years().get(0).rank().text());
    }

    @Test
    void btpAndAggregatesAreNotRanked() {
        assertNull(insights(BTP, total(BTP, Y2016, 10)).years().get(0).rank());
        assertNull(insights(UK, total(UK, Y2016, 64_667)).years().get(0).rank());
    }

    @Test
    void aYearWithoutATotalHasNoInsightAndTheChangeSkipsNoYear() {
        ForceInsights kent = insights(KENT, total(KENT, Y2017, 900));
        assertEquals(1, kent.years().size());
        assertEquals(Y2017, kent.years().get(0).year());
        assertNull(kent.years().get(0).change(), "no change from a year with no figure");
        assertEquals("the highest of 3 forces that provided figures for 2017/18", kent.years().get(0).rank().text());
        ForceInsights dorset = insights(DORSET, total(DORSET, Y2016, 354), total(DORSET, Y2017, 400));
        // (400 − 354) ÷ 354 × 100 = 12.99 → 13.0
        assertEquals("up 46 (13.0%)", dorset.years().get(0).change().text());
    }
}
