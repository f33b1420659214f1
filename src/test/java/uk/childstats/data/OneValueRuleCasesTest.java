package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.data.OneValuePerCell.Candidate;
import uk.childstats.data.OneValuePerCell.CellKey;
import uk.childstats.data.OneValuePerCell.Choice;
import uk.childstats.data.OneValuePerCell.Correction;

/** Each step of the one-value rule (as stated on the About page), with the reason the site gives for its choice. */
class OneValueRuleCasesTest {
    private static final CellKey CELL = new CellKey("gwent-police", "2014/15", "total_offences");

    private static Candidate row(int line, long value, String url, String published, String quote) {
        return new Candidate(line, CELL.areaSlug(), CELL.year(), CELL.measure(), value, url, published, quote);
    }

    private static Choice only(Candidate... rows) {
        List<Choice> choices = OneValuePerCell.choose(List.of(rows));
        assertEquals(1, choices.size());
        assertEquals(CELL, choices.get(0).cell());
        return choices.get(0);
    }

    @Test
    void oneRowIsOneSource() {
        Choice choice = only(row(1, 5, "https://a", null, "q"));
        assertEquals(5, choice.value());
        assertEquals("one source", choice.reason());
    }

    @Test
    void rowsFromOnePageAreOneSource() {
        assertEquals("one source", only(row(1, 5, "https://a", null, "first"), row(2, 5, "https://a", null, "second"))
                .reason());
    }

    @Test
    void rowsWithoutAQuoteAreNotTakenForTheSameSentence() {
        assertEquals("2 sources agree", only(row(1, 5, "https://a", null, null), row(2, 5, "https://b", null, null))
                .reason());
        assertEquals("2 sources agree", only(row(1, 5, "https://a", null, " "), row(2, 5, "https://b", null, ""))
                .reason());
        assertEquals("one source", only(row(1, 5, "https://a", null, "Rose TO 5"), row(2, 5, "https://b", null,
                "rose\tto  5 ")).reason());
    }

    @Test
    void theLatestDateOfAValueCountsNotItsEarliest() {
        // 10 was published in 2016 and again in 2019; 12 in 2018: 10 is the most recent.
        Choice choice = only(row(1, 10, "https://a", "2016-03", "a"), row(2, 12, "https://b", "2018-05", "b"),
                row(3, 10, "https://c", "2019-01-10", "c"));
        assertEquals(10, choice.value());
        assertEquals("most recent publication (2019-01-10); 1 other value published", choice.reason());
        assertEquals(3, choice.chosen().line());
    }

    @Test
    void aMoreRecentDateBeatsMoreSources() {
        Choice choice = only(row(1, 10, "https://a", null, "a"), row(2, 10, "https://b", null, "b"),
                row(3, 10, "https://c", "2017-01", "c"), row(4, 12, "https://d", "2018-01", "d"));
        assertEquals(12, choice.value());
        assertEquals("most recent publication (2018-01); 1 other value published", choice.reason());
    }

    @Test
    void onTheSameLatestDateMoreSourcesWin() {
        Choice choice = only(row(1, 10, "https://a", "2018-01", "a"), row(2, 12, "https://b", "2018-01", "b"),
                row(3, 12, "https://c", "2018-01", "c"), row(4, 14, "https://d", "2017-01", "d"));
        assertEquals(12, choice.value());
        assertEquals("published by more sources (2); 2 other values published", choice.reason());
    }

    @Test
    void thenASeedArticle() {
        Choice choice = only(row(1, 10, "https://a", null, "a"), row(2, 12, "seed: gwent.txt", null, "b"));
        assertEquals(12, choice.value());
        assertEquals("from a seed article; 1 other value published", choice.reason());
        assertTrue(row(1, 1, "seed: x", null, "q").isSeed());
        assertFalse(row(1, 1, "https://seed.example", null, "q").isSeed());
    }

    @Test
    void thenTheValueFirstInTheFileEvenWhenItsOtherRowsComeLater() {
        // 10 first appears on line 1, 12 on line 2; both have two sources, no dates, no seed.
        Choice choice = only(row(5, 10, "https://a", null, "a"), row(2, 12, "https://b", null, "b"),
                row(1, 10, "https://c", null, "c"), row(3, 12, "https://d", null, "d"));
        assertEquals(10, choice.value());
        assertEquals(1, choice.chosen().line());
        assertEquals("first in the file; 1 other value published", choice.reason());
        assertEquals("first in the file; 1 other value published",
                only(row(1, 10, "seed: a", null, "a"), row(2, 12, "seed: b", null, "b")).reason());
        // Listed out of line order: the value on the earlier line still wins.
        assertEquals(10, only(row(2, 12, "https://a", null, "a"), row(1, 10, "https://b", null, "b")).value());
    }

    @Test
    void withinTheWinningValueTheChosenRowIsTheLatestDatedThenASeedThenTheFirst() {
        assertEquals(2, only(row(1, 5, "https://a", "2018-01", "a"), row(2, 5, "https://b", "2019-05", "b"),
                row(3, 5, "https://c", null, "c")).chosen().line());
        assertEquals(3, only(row(1, 5, "https://a", null, "a"), row(2, 5, "https://b", null, "b"),
                row(3, 5, "seed: c", null, "c")).chosen().line());
        assertEquals(2, only(row(4, 5, "https://a", null, "a"), row(2, 5, "https://b", null, "b")).chosen().line());
    }

    @Test
    void aCorrectionWithNoOtherValueSaysOnlyWhoCorrected() {
        Correction correction = new Correction(2, CELL, 5, "https://b", "The Argus");
        Choice choice = OneValuePerCell.choose(List.of(row(1, 5, "https://a", "2019-01", "a"),
                row(2, 5, "https://b", null, "b")), List.of(correction)).get(0);
        assertEquals(5, choice.value());
        assertEquals(2, choice.chosen().line());
        assertEquals("corrected by the force, as reported by The Argus", choice.reason());
    }

    @Test
    void aCorrectionPinsTheRowOfItsSourceAndValue() {
        Correction correction = new Correction(2, CELL, 7, "https://b", "B");
        assertTrue(correction.pins(row(1, 7, "https://b", null, "x")));
        assertFalse(correction.pins(row(1, 7, "https://a", null, "x")));
        assertFalse(correction.pins(row(1, 8, "https://b", null, "x")));
        Choice choice = OneValuePerCell.choose(List.of(row(1, 9, "https://a", "2020-01", "a"),
                row(2, 8, "https://c", null, "c"), row(3, 7, "https://b", null, "b")), List.of(correction)).get(0);
        assertEquals(7, choice.value());
        assertEquals(3, choice.chosen().line());
        assertEquals("corrected by the force, as reported by B; 2 other values published", choice.reason());
    }

    @Test
    void aCorrectionNamingAValueItsSourceDidNotPublishIsAnError() {
        Correction correction = new Correction(4, CELL, 7, "https://b", "B");
        IllegalStateException e = assertThrows(IllegalStateException.class, () -> OneValuePerCell.choose(
                List.of(row(1, 7, "https://a", null, "a"), row(2, 8, "https://b", null, "b")), List.of(correction)));
        assertTrue(e.getMessage().startsWith("the correction on line 4 names a value its source did not publish"),
                e.getMessage());
    }
}
