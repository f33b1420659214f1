package uk.childstats.figures;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** What a cell says about the other figures published for it, and what a source is. */
class CellsAndSourcesTest {
    private static final FinancialYear YEAR = new FinancialYear(2016);
    private static final Source DATED = new Source("https://news.example/1", "One", "2017-03-23");

    private static Evidence figure(long value, String url) {
        return new Evidence(value, Measure.TOTAL, YEAR, new Source(url, "t", null), "q", null);
    }

    @Test
    void otherFiguresAgreeOrConflictByValue() {
        Evidence same = figure(354, "https://b");
        Evidence lower = figure(350, "https://c");
        Evidence higher = figure(360, "https://d");
        Cell cell = new Cell("dorset-police", YEAR, Measure.TOTAL, 354, figure(354, "https://a"), "r",
                List.of(same, lower, higher));
        assertEquals(List.of(lower, higher), cell.conflicting());
        assertEquals(List.of(same), cell.corroborating());
        assertTrue(cell.hasConflict());
        Cell agreed = new Cell("dorset-police", YEAR, Measure.TOTAL, 354, same, "r", List.of(same));
        assertFalse(agreed.hasConflict());
        assertEquals(List.of(), agreed.conflicting());
        assertFalse(new Cell("dorset-police", YEAR, Measure.TOTAL, 354, same, "r", List.of()).hasConflict());
    }

    @Test
    void aSetAsideFigureHasItsReason() {
        assertFalse(figure(1, "https://a").setAside());
        assertTrue(new Evidence(1, Measure.TOTAL, YEAR, DATED, "q", "printed twice").setAside());
        assertEquals("1,483", figure(1483, "https://a").valueText());
    }

    @Test
    void seedsLinksAndDates() {
        assertTrue(new Source("seed: dorset.txt", "", null).isSeed());
        assertFalse(DATED.isSeed());
        assertTrue(DATED.isLink());
        assertTrue(new Source("http://old.example", "", null).isLink());
        assertFalse(new Source("seed: dorset.txt", "", null).isLink());
        assertFalse(new Source("ftp://files.example", "", null).isLink());
        assertTrue(DATED.hasDate());
        assertFalse(new Source("https://a", "", null).hasDate());
        assertFalse(new Source("https://a", "", "").hasDate());
        assertFalse(new Source("https://a", "", "  ").hasDate());
    }

    @Test
    void yearsParsePreviousAndContinue() {
        assertEquals(new FinancialYear(2016), FinancialYear.parse(" 2016/17 ").orElseThrow());
        assertTrue(FinancialYear.parse("1999/01").isEmpty());
        assertTrue(FinancialYear.parse("2016/7").isEmpty());
        assertEquals(new FinancialYear(2000), FinancialYear.parse("2000-01").orElseThrow());
        assertEquals(new FinancialYear(1999), FinancialYear.parse("1999/00").orElseThrow());
        assertEquals(new FinancialYear(2015), new FinancialYear(2016).previous());
        assertEquals("2016/17", new FinancialYear(2016).toString());
        assertEquals("2009-10", new FinancialYear(2009).slug());
        assertTrue(new FinancialYear(2015).compareTo(new FinancialYear(2016)) < 0);
        assertTrue(new FinancialYear(2017).compareTo(new FinancialYear(2016)) > 0);
        assertEquals(0, new FinancialYear(2016).compareTo(new FinancialYear(2016)));
        assertEquals(List.of(), FinancialYear.continuous(List.of()));
        assertEquals(List.of(YEAR), FinancialYear.continuous(List.of(YEAR)));
        assertEquals(List.of(new FinancialYear(2014), new FinancialYear(2015), new FinancialYear(2016)),
                FinancialYear.continuous(List.of(YEAR, new FinancialYear(2014), new FinancialYear(2015))));
    }

    @Test
    void hoursInTheYear() {
        assertEquals(8760, new FinancialYear(2016).hours());
        assertEquals(8784, new FinancialYear(2015).hours());
        assertEquals(8784, new FinancialYear(2023).hours());
        assertEquals(8760, new FinancialYear(2024).hours());
        assertEquals(8784, new FinancialYear(1999).hours());
        assertEquals(8760, new FinancialYear(2099).hours());
    }
}
