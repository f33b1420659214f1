package uk.childstats.charts;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import org.junit.jupiter.api.Test;

class ChartTest {
    @Test
    void everySeriesColourHasAtLeast3To1ContrastAgainstWhite() {
        for (String colour : Palette.COLOURS) {
            assertTrue(Palette.contrast(colour, "#ffffff") >= 3.0, colour + " " + Palette.contrast(colour, "#ffffff"));
        }
    }

    @Test
    void seriesAreToldApartByShapeAndDashNotColourAlone() {
        assertEquals(Palette.size(), new HashSet<>(Palette.POINT_STYLES).size());
        assertEquals(Palette.size(), new HashSet<>(Palette.DASHES).size());
        assertEquals(Palette.size(), new HashSet<>(Palette.SHAPE_NAMES).size());
    }

    @Test
    void aRiseIsDescribedFromTheFirstToTheLastPublishedYear() {
        assertEquals("Recorded offences rose from 1,037 in 2015/16 to 1,483 in 2016/17.",
                Describe.trend("Recorded offences", List.of("2015/16", "2016/17"), List.of(1037L, 1483L)));
    }

    @Test
    void aFallWithGapsSaysHowManyYearsWereNotProvided() {
        assertEquals("X fell from 422 in 2015/16 to 354 in 2018/19, with no figure provided for 2 years in between.",
                Describe.trend("X", List.of("2014/15", "2015/16", "2016/17", "2017/18", "2018/19"),
                        Arrays.asList(null, 422L, null, null, 354L)));
    }

    @Test
    void missingValuesReachTheScriptAsNullNeverZero() {
        Chart chart = new Chart("c", Chart.Kind.LINE, "H", "D", "Year", "Offences", List.of("a", "b"),
                List.of(new Chart.Series("S", Arrays.asList(null, 5L))), null, "c.png");
        assertTrue(chart.json().contains("\"values\":[null,5]"), chart.json());
        assertEquals("not provided", chart.tableRows().get(0).cells().get(0).text());
        assertFalse(chart.tableRows().get(0).cells().get(0).provided());
    }

    @Test
    void chartJsonCannotCloseItsScriptElement() {
        Chart chart = new Chart("c", Chart.Kind.LINE, "H", "D", "Year", "Offences", List.of("</script><b>"),
                List.of(new Chart.Series("A & B", List.of(1L))), null, "c.png");
        assertFalse(chart.json().contains("<"));
        assertFalse(chart.json().contains("&"));
    }
}
