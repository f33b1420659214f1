package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.data.OneValuePerCell.Candidate;
import uk.childstats.data.OneValuePerCell.CellKey;
import uk.childstats.data.OneValuePerCell.Choice;
import uk.childstats.data.OneValuePerCell.Correction;

class OneValuePerCellTest {
    private static Candidate row(int line, long value, String url, String published) {
        return row(line, value, url, published, "quote on line " + line);
    }

    private static Candidate row(int line, long value, String url, String published, String quote) {
        return new Candidate(line, "gwent-police", "2014/15", "total_offences", value, url, published, quote);
    }

    @Test
    void aSentencePrintedBySeveralSisterPapersCountsAsOneSource() {
        // 10 from two papers printing the same sentence is one source; 12 from two separate sentences is two.
        Choice choice = only(List.of(row(1, 10, "https://a", null, "Offences rose  to 10 last year"),
                row(2, 10, "https://b", null, "offences rose to 10 last year"),
                row(3, 12, "https://c", null, "12 offences were recorded"),
                row(4, 12, "https://d", null, "the force recorded 12")));
        assertEquals(12, choice.value());
        assertTrue(choice.reason().startsWith("published by more sources (2)"), choice.reason());
    }

    private static Choice only(List<Candidate> rows) {
        List<Choice> choices = OneValuePerCell.choose(rows);
        assertEquals(1, choices.size());
        return choices.get(0);
    }

    @Test
    void theMostRecentDatedPublicationWinsOverAnOlderOne() {
        Choice choice = only(List.of(row(1, 389, "https://a", "2016-03-09"), row(2, 706, "https://b", "2017-03-23")));
        assertEquals(706, choice.value());
        assertTrue(choice.reason().startsWith("most recent publication (2017-03-23)"), choice.reason());
    }

    @Test
    void aDatedPublicationWinsOverUndatedOnes() {
        Choice choice = only(List.of(row(1, 10, "https://a", null), row(2, 10, "https://b", null),
                row(3, 12, "https://c", "2019-10")));
        assertEquals(12, choice.value());
    }

    @Test
    void withoutDatesTheValuePublishedByMoreSourcesWins() {
        Choice choice = only(List.of(row(1, 10, "https://a", null), row(2, 12, "https://b", null),
                row(3, 12, "https://c", null)));
        assertEquals(12, choice.value());
        assertEquals(2, choice.chosen().line());
    }

    @Test
    void thenASeedArticleThenTheFirstLine() {
        assertEquals(12, only(List.of(row(1, 10, "https://a", null), row(2, 12, "seed: x.txt", null))).value());
        assertEquals(10, only(List.of(row(1, 10, "https://a", null), row(2, 12, "https://b", null))).value());
    }

    @Test
    void aPublicPageWithTheSameValueIsCitedBeforeASeedArticle() {
        Choice choice = only(List.of(row(1, 336, "seed: x.txt", null), row(2, 336, "https://a", null)));
        assertEquals(2, choice.chosen().line());
        assertTrue(!choice.reason().contains("seed"), choice.reason());
    }

    @Test
    void theChosenRowIsTheValuesMostRecentlyDatedOne() {
        Choice choice = only(List.of(row(1, 5, "https://a", null), row(2, 5, "https://b", "2018-02-20")));
        assertEquals(2, choice.chosen().line());
        assertEquals("2 sources agree", choice.reason());
    }

    @Test
    void aCorrectionPinsTheCorrectedValueFromItsSourceOverAMoreRecentPublication() {
        List<Candidate> rows = List.of(row(1, 663, "https://lincolnite", "2018-02-20"),
                row(2, 666, "https://lincolnite", "2018-02-20"), row(3, 666, "https://sleaford", "2018-02-24"));
        assertEquals(666, only(rows).value());
        Correction correction = new Correction(2, new CellKey("gwent-police", "2014/15", "total_offences"), 663,
                "https://lincolnite", "The Lincolnite");
        List<Choice> choices = OneValuePerCell.choose(rows, List.of(correction));
        assertEquals(663, choices.get(0).value());
        assertEquals(1, choices.get(0).chosen().line());
        assertEquals("corrected by the force, as reported by The Lincolnite; 1 other value published",
                choices.get(0).reason());
    }

    @Test
    void aCorrectionTouchesOnlyItsOwnCell() {
        Correction correction = new Correction(2, new CellKey("dorset-police", "2014/15", "total_offences"), 332,
                "https://b", "B");
        List<Candidate> gwent = List.of(row(1, 5, "https://a", null), row(2, 6, "https://b", null));
        List<Choice> choices = OneValuePerCell.choose(gwent, List.of(correction));
        assertEquals(5, choices.get(0).value());
        assertEquals("first in the file; 1 other value published", choices.get(0).reason());
    }

    @Test
    void eachCellIsChosenOnItsOwn() {
        List<Choice> choices = OneValuePerCell.choose(List.of(row(1, 5, "https://a", null),
                new Candidate(2, "dorset-police", "2014/15", "total_offences", 332, "https://b", null, "332 offences")));
        assertEquals(2, choices.size());
    }
}
