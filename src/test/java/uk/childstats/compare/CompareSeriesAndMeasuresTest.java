package uk.childstats.compare;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static uk.childstats.db.generated.Tables.CHILD_POPULATION;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.childstats.support.TestDatabase;
import uk.childstats.support.TestSite;

/**
 * Every cell of the comparison table, in both series and both measures, equals what the test works out itself from
 * the database: the published FOI totals, the sums of the official counts, and the child population.
 */
class CompareSeriesAndMeasuresTest {
    /** In the picker's order, which is the order of the table's columns and of the address the form submits. */
    private static final List<String> FORCES = List.of("city-of-london-police", "dorset-police", "wiltshire-police",
            "police-scotland", "british-transport-police");
    private static final DSLContext DSL_CONTEXT = TestDatabase.withBundledData().dsl();

    static String address(String series, String measure) {
        return "/compare?series=" + series + "&measure=" + measure + "&force=" + String.join("&force=", FORCES);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"foi,count", "foi,rate", "official,count", "official,rate"})
    void everyFigureInTheTableEqualsTheDatabase(String series, String measure) {
        Element table = TestSite.page(address(series, measure)).selectFirst("#chart-compare table");
        assertEquals(List.of("Year", "City of London Police", "Dorset Police", "Wiltshire Police", "Police Scotland",
                "British Transport Police"), table.select("thead th").eachText());
        int rows = 0;
        for (Element row : table.select("tbody tr")) {
            String year = row.selectFirst("th").text();
            List<String> cells = row.select("td").eachText();
            for (int i = 0; i < FORCES.size(); i++) {
                assertEquals(expected(series, measure, FORCES.get(i), year), cells.get(i), FORCES.get(i) + " " + year);
            }
            rows++;
        }
        assertTrue(rows >= 9, "only " + rows + " years");
    }

    /** What the cell should say, worked out here from the tables, not from the site's own queries. */
    private static String expected(String series, String measure, String slug, String year) {
        boolean official = series.equals("official");
        if (official && slug.equals("police-scotland")) {
            return "not in this series";
        }
        Long count = official ? officialTotal(slug, year) : foiTotal(slug, year);
        if (measure.equals("count")) {
            return count == null ? "not provided" : String.format(Locale.UK, "%,d", count);
        }
        Integer children = children(slug, year);
        if (count == null || children == null) {
            return "not available";
        }
        return BigDecimal.valueOf(count * 1000).divide(BigDecimal.valueOf(children), 1, RoundingMode.HALF_UP)
                .toPlainString();
    }

    static Long foiTotal(String slug, String year) {
        return DSL_CONTEXT.select(PUBLISHED_VALUE.VALUE).from(PUBLISHED_VALUE).where(PUBLISHED_VALUE.AREA_SLUG.eq(slug),
                PUBLISHED_VALUE.YEAR_LABEL.eq(year), PUBLISHED_VALUE.MEASURE_CODE.eq("total_offences")).fetchOne(PUBLISHED_VALUE.VALUE);
    }

    static Long officialTotal(String slug, String year) {
        BigDecimal sum = DSL_CONTEXT.select(DSL.sum(OFFICIAL_COUNT.OFFENCES)).from(OFFICIAL_COUNT)
                .where(OFFICIAL_COUNT.AREA_SLUG.eq(slug), OFFICIAL_COUNT.YEAR_LABEL.eq(year)).fetchOne().value1();
        return sum == null ? null : sum.longValueExact();
    }

    static Integer children(String slug, String year) {
        return DSL_CONTEXT.select(CHILD_POPULATION.CHILDREN).from(CHILD_POPULATION).where(CHILD_POPULATION.AREA_SLUG.eq(slug),
                CHILD_POPULATION.MID_YEAR.eq(Integer.parseInt(year.substring(0, 4)))).fetchOne(CHILD_POPULATION.CHILDREN);
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"foi,count", "foi,rate", "official,count", "official,rate"})
    void thePageSaysWhichSeriesAndWhatItCounts(String series, String measure) {
        Document page = TestSite.page(address(series, measure));
        String name = page.selectFirst(".compare-series__name").text();
        assertEquals(series.equals("official") ? "Official figures (Home Office)" : "FOI figures as published", name);
        assertTrue(page.selectFirst("#chart-compare-heading").text().startsWith(name + ": "));
        assertEquals(List.of(series, measure), page.select("form.compare-picker input[type=radio][checked]").eachAttr("value"));
        Element source = page.selectFirst(".compare-source");
        if (series.equals("official")) {
            assertEquals("Source: Home Office, police recorded crime open data tables, release of 23 April 2026. "
                    + "Contains public sector information licensed under the Open Government Licence v3.0.", source.text());
            assertTrue(page.selectFirst(".compare-outside-series").text().contains("England and Wales only"));
        } else {
            assertNull(source);
            assertNull(page.selectFirst(".compare-outside-series"));
        }
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"foi", "official"})
    void ratesCarryTheirNotesAndCountsDoNot(String series) {
        Document rates = TestSite.page(address(series, "rate"));
        assertNotNull(rates.selectFirst(".rate-source"));
        boolean cityOfLondonRates = rates.select("#chart-compare tbody tr td:eq(1)").eachText().stream()
                .anyMatch(t -> t.matches("[\\d.]+"));
        assertEquals(series.equals("official"), cityOfLondonRates, "City of London has official figures, no FOI ones");
        assertEquals(cityOfLondonRates, rates.select(".few-children-warning").text()
                .startsWith("City of London Police: Fewer than 2,000"));
        assertTrue(rates.selectFirst(".compare-transport-police").text().contains("no rate per 1,000 children"));
        assertTrue(rates.select(".compare-workings li").eachText().stream().allMatch(w -> w.contains(" children × 1,000 = ")));
        Document counts = TestSite.page(address(series, "count"));
        assertNull(counts.selectFirst(".rate-source"));
        assertNull(counts.selectFirst(".few-children-warning"));
        assertNull(counts.selectFirst(".compare-workings"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"foi", "official"})
    void theCensusBaseNoteAppearsWhereRatesCross2020To2022(String series) {
        Document page = TestSite.page(address(series, "rate"));
        List<String> yearsWithRates = page.select("#chart-compare tbody tr").stream()
                .filter(r -> r.select("td").stream().anyMatch(td -> td.text().matches("[\\d,]+\\.\\d")))
                .map(r -> r.selectFirst("th").text()).toList();
        boolean crosses = yearsWithRates.stream().anyMatch(y -> y.compareTo("2020/21") <= 0)
                && yearsWithRates.stream().anyMatch(y -> y.compareTo("2021/22") >= 0);
        assertEquals(crosses, page.selectFirst(".census-base-note") != null);
        if (series.equals("official")) {
            assertTrue(crosses, "Dorset's official rates run from 2014/15 to 2022/23");
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @CsvSource({"foi,count", "official,rate"})
    void theChartDataHasGapsWhereTheTableHasNoFigureNeverZeros(String series, String measure) {
        Document page = TestSite.page(address(series, measure));
        String json = page.selectFirst("#chart-compare-data").data();
        assertTrue(json.contains("null"), json);
        if (series.equals("official")) {
            assertTrue(json.contains("\"name\":\"Police Scotland\",\"values\":[null,null"), json);
        }
    }
}
