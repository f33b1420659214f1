package uk.childstats.rates;

import java.util.Collection;
import uk.childstats.figures.FinancialYear;

/** The notes under a table of rates: where the children come from, the change of census base, few children. */
public record RateNotes(boolean crossesCensusBase, boolean fewChildren) {
    private static final FinancialYear LAST_ON_2011_CENSUS_BASE = new FinancialYear(2020);

    /** Notes for rates shown side by side across these years. */
    public static RateNotes of(Collection<FinancialYear> yearsWithRates, Collection<Rate> rates) {
        boolean before = yearsWithRates.stream().anyMatch(y -> y.compareTo(LAST_ON_2011_CENSUS_BASE) <= 0);
        boolean after = yearsWithRates.stream().anyMatch(y -> y.compareTo(LAST_ON_2011_CENSUS_BASE) > 0);
        return new RateNotes(before && after, rates.stream().anyMatch(Rate::fewChildren));
    }

    public String populationSource() {
        return ChildPopulation.SOURCE_LINE;
    }

    public String censusBaseNote() {
        return Rate.CENSUS_BASE_NOTE;
    }

    public String fewChildrenWarning() {
        return Rate.FEW_CHILDREN_WARNING;
    }
}
