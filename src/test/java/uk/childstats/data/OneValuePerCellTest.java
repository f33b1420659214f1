package uk.childstats.data;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.data.OneValuePerCell.Candidate;
import uk.childstats.data.OneValuePerCell.Choice;

class OneValuePerCellTest {
    private static Candidate row(int line, long value, String url, String published) {
        return new Candidate(line, "gwent-police", "2014/15", "total_offences", value, url, published);
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
    void theChosenRowIsTheValuesMostRecentlyDatedOne() {
        Choice choice = only(List.of(row(1, 5, "https://a", null), row(2, 5, "https://b", "2018-02-20")));
        assertEquals(2, choice.chosen().line());
        assertEquals("2 sources agree", choice.reason());
    }

    @Test
    void eachCellIsChosenOnItsOwn() {
        List<Choice> choices = OneValuePerCell.choose(List.of(row(1, 5, "https://a", null),
                new Candidate(2, "dorset-police", "2014/15", "total_offences", 332, "https://b", null)));
        assertEquals(2, choices.size());
    }
}
