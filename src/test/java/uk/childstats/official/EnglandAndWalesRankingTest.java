package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;

/**
 * One year of the official series on a hand-made fixture: England and Wales is the territorial forces only, never
 * British Transport Police, in its total and in its rate; forces rank by count and by rate with shared places; an
 * area with fewer than 2,000 children is not ranked by rate; an area without an estimate has no rate.
 */
class EnglandAndWalesRankingTest {
    private static final FinancialYear YEAR = new FinancialYear(2016);
    private static final Area DORSET = force("dorset-police", "Dorset Police", "England");
    private static final Area GWENT = force("gwent-police", "Gwent Police", "Wales");
    private static final Area KENT = force("kent-police", "Kent Police", "England");
    private static final Area CITY = force("city-of-london-police", "City of London Police", "England");
    private static final Area ESSEX = force("essex-police", "Essex Police", "England");
    private static final Area BTP = new Area("british-transport-police", "British Transport Police", "UK", true,
            false);
    private static final Release RELEASE = new Release("Home Office", LocalDate.of(2023, 10, 19));

    private static Area force(String slug, String name, String nation) {
        return new Area(slug, name, nation, true, true);
    }

    /**
     * Counts by code (19C and 22A): Dorset 300 + 54 = 354, Gwent 300 + 54 = 354, Kent 1,000 + 483 = 1,483, City
     * 9 + 0 = 9, Essex 100 + 0 = 100, BTP 500 + 100 = 600. Children: Dorset 142,842, Gwent 120,000, Kent 354,000,
     * City 1,999, BTP none (it has no area); Essex has no estimate.
     */
    private static YearOfForces fixture() {
        Map<String, Map<String, Long>> counts = new HashMap<>();
        counts.put(DORSET.slug(), Map.of("19C", 300L, "22A", 54L));
        counts.put(GWENT.slug(), Map.of("19C", 300L, "22A", 54L));
        counts.put(KENT.slug(), Map.of("19C", 1000L, "22A", 483L));
        counts.put(CITY.slug(), Map.of("19C", 9L, "22A", 0L));
        counts.put(ESSEX.slug(), Map.of("19C", 100L));
        counts.put(BTP.slug(), Map.of("19C", 500L, "22A", 100L));
        Map<String, Long> children = Map.of(DORSET.slug(), 142_842L, GWENT.slug(), 120_000L, KENT.slug(), 354_000L,
                CITY.slug(), 1_999L);
        return new YearOfForces(List.of(BTP, CITY, DORSET, ESSEX, GWENT, KENT), counts, children);
    }

    @Test
    void englandAndWalesIsTheTerritorialForcesOnly() {
        YearOfForces forces = fixture();
        assertEquals(List.of(CITY, DORSET, ESSEX, GWENT, KENT), forces.territorial());
        assertEquals(BTP, forces.transportPolice().orElseThrow());
        assertEquals(600, forces.total(BTP));
        // 354 + 354 + 1,483 + 9 + 100 = 2,300; with BTP it would be 2,900.
        assertEquals(2300, forces.englandAndWalesTotal());
        assertEquals(0, forces.total(force("nowhere", "Nowhere", "England")));
    }

    @Test
    void theEnglandAndWalesRateNeedsAnEstimateForEveryArea() {
        // Essex has no estimate, so there is no England and Wales rate rather than one on too few children.
        assertFalse(fixture().englandAndWalesRate().available());
        Map<String, Long> children = new HashMap<>(fixture().children());
        children.put(ESSEX.slug(), 300_000L);
        YearOfForces all = new YearOfForces(fixture().forces(), fixture().counts(), children);
        // 2,300 offences ÷ (142,842 + 120,000 + 354,000 + 1,999 + 300,000 = 918,841) × 1,000 = 2.503.. → 2.5.
        // With BTP's 600 offences slipped in: 2,900 ÷ 918,841 × 1,000 = 3.2.
        assertEquals("2.5", all.englandAndWalesRate().text());
        assertEquals("2,300 offences ÷ 918,841 children × 1,000 = 2.5", all.englandAndWalesRate().working());
    }

    @Test
    void aForcesRateIsItsTotalOverItsChildren() {
        YearOfForces forces = fixture();
        assertEquals("2.5", forces.rate(DORSET).text());  // 354 ÷ 142,842 × 1,000 = 2.478
        assertEquals("3.0", forces.rate(GWENT).text());   // 354 ÷ 120,000 × 1,000 = 2.95
        assertEquals("4.2", forces.rate(KENT).text());    // 1,483 ÷ 354,000 × 1,000 = 4.189
        assertEquals("4.5", forces.rate(CITY).text());    // 9 ÷ 1,999 × 1,000 = 4.502
        assertEquals("not available", forces.rate(ESSEX).text());
    }

    @Test
    void theYearPageRanksByCountWithSharedPlacesAndLeavesBtpOut() {
        OfficialYearPage page = OfficialYearPage.build(YEAR, List.of(new FinancialYear(2015), YEAR,
                new FinancialYear(2017)), RELEASE, fixture());
        assertEquals(List.of("1 Kent Police 1483", "=2 Dorset Police 354", "=2 Gwent Police 354",
                "4 Essex Police 100", "5 City of London Police 9"), page.byCount().stream()
                .map(r -> r.rank() + " " + r.force().name() + " " + r.total()).toList());
        assertEquals(2300, page.englandAndWalesTotal());
        assertEquals("2,300", page.englandAndWalesTotalText());
        assertEquals(5, page.forceCount());
        assertEquals("the 5 forces of England and Wales", page.countRankedAmong());
        assertEquals(600L, page.transportPoliceTotal());
        assertEquals("600", page.transportPoliceText());
        assertEquals(BTP, page.transportPolice());
        assertEquals("/forces/british-transport-police", page.transportPoliceHref());
        assertEquals("1,483", page.byCount().get(0).totalText());
        assertEquals("/forces/kent-police", page.byCount().get(0).href());
    }

    @Test
    void theYearPageRanksByRateWithoutFewChildrenOrMissingEstimates() {
        OfficialYearPage page = OfficialYearPage.build(YEAR, List.of(YEAR), RELEASE, fixture());
        // Kent 4.2, Gwent 3.0, Dorset 2.5; City (4.5) is shown unranked; Essex has no rate.
        assertEquals(List.of("1 Kent Police 4.2", "2 Gwent Police 3.0", "3 Dorset Police 2.5"), page.byRate()
                .stream().map(r -> r.rank() + " " + r.force().name() + " " + r.rate().text()).toList());
        assertEquals(List.of(CITY), page.notRankedByRate().stream().map(OfficialYearPage.RankedForce::force).toList());
        assertNull(page.notRankedByRate().get(0).rank());
        assertEquals(9, page.notRankedByRate().get(0).total());
        assertEquals(List.of(ESSEX), page.withoutRate());
        assertEquals("the 3 forces of England and Wales with at least 2,000 children", page.rateRankedAmong());
        assertFalse(page.englandAndWalesRate().available());
    }

    @Test
    void equalRatesShareAPlace() {
        Map<String, Long> children = new HashMap<>(fixture().children());
        children.put(GWENT.slug(), 142_842L);  // Gwent's 354 over Dorset's children: the same 2.5
        YearOfForces forces = new YearOfForces(fixture().forces(), fixture().counts(), children);
        OfficialYearPage page = OfficialYearPage.build(YEAR, List.of(YEAR), RELEASE, forces);
        assertEquals(List.of("1 Kent Police", "=2 Dorset Police", "=2 Gwent Police"), page.byRate().stream()
                .map(r -> r.rank() + " " + r.force().name()).toList());
    }

    @Test
    void theYearPageLinksToItsNeighboursAndItsOtherForms() {
        List<FinancialYear> years = List.of(new FinancialYear(2015), YEAR, new FinancialYear(2017));
        OfficialYearPage middle = OfficialYearPage.build(YEAR, years, RELEASE, fixture());
        assertEquals(new FinancialYear(2015), middle.previous());
        assertEquals(new FinancialYear(2017), middle.next());
        assertEquals("/official/2015-16", middle.previousHref());
        assertEquals("/official/2017-18", middle.nextHref());
        assertEquals("/years/2016-17", middle.foiYearHref());
        assertEquals("/api/official/years/2016-17", middle.apiHref());
        assertEquals("Official figures: offences against children by police force, 2016/17", middle.title());
        OfficialYearPage first = OfficialYearPage.build(new FinancialYear(2015), years, RELEASE, fixture());
        assertNull(first.previous());
        assertNull(first.previousHref());
        assertEquals(YEAR, first.next());
        OfficialYearPage last = OfficialYearPage.build(new FinancialYear(2017), years, RELEASE, fixture());
        assertNull(last.next());
        assertNull(last.nextHref());
        assertEquals(YEAR, last.previous());
        assertEquals(RELEASE, last.release());
    }

    @Test
    void theYearPageCarriesTheRateSentences() {
        OfficialYearPage page = OfficialYearPage.build(YEAR, List.of(YEAR), RELEASE, fixture());
        assertTrue(page.notRankedByRateReason().startsWith("Not ranked by rate: fewer than 2,000 children"));
        assertTrue(page.fewChildrenWarning().startsWith("Fewer than 2,000 children live in this area"));
        assertFalse(page.rateNotes().crossesCensusBase());
        assertFalse(page.rateNotes().fewChildren());
    }

    @Test
    void withoutBtpInTheReleaseThereIsNoBtpFigure() {
        YearOfForces noBtp = new YearOfForces(List.of(DORSET, KENT), fixture().counts(), fixture().children());
        OfficialYearPage page = OfficialYearPage.build(YEAR, List.of(YEAR), RELEASE, noBtp);
        assertNull(page.transportPoliceTotal());
        assertNull(page.transportPolice());
        assertEquals(1837, page.englandAndWalesTotal());
        // 1,837 ÷ (142,842 + 354,000) × 1,000 = 3.697 → 3.7
        assertEquals("3.7", page.englandAndWalesRate().text());
    }

    @Test
    void countsByGroupAddUpTheirCodes() {
        OffenceGroups groups = new OffenceGroups(
                List.of(new OffenceGroups.Group("rape", "Rape"), new OffenceGroups.Group("other", "Other")),
                List.of(new OffenceGroups.Code("19C", "Rape of a female child under 13", "rape", ""),
                        new OffenceGroups.Code("19E", "Rape of a male child under 13", "rape", ""),
                        new OffenceGroups.Code("22A", "Causing sexual activity", "other", "")));
        assertEquals(List.of("Rape", "Other"), groups.labels());
        assertEquals(List.of(15L, 0L), groups.byGroup(Map.of("19C", 10L, "19E", 5L, "99X", 7L)));
        assertEquals("Other", groups.labelOf("other"));
        assertEquals("unknown", groups.labelOf("unknown"));
        assertEquals(22, OffenceGroups.total(Map.of("19C", 10L, "19E", 5L, "99X", 7L)));
        assertEquals(0, OffenceGroups.total(Map.of()));
    }
}
