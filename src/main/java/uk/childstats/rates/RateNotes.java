package uk.childstats.rates;

import java.util.Collection;
import uk.childstats.figures.FinancialYear;

/**
 * The notes under a table of rates: where the children come from, the change of census base, the later vintage of
 * the mid-2024 estimates, few children.
 */
public record RateNotes(boolean crossesCensusBase, boolean fewChildren, boolean laterVintage) {
    private static final FinancialYear LAST_ON_2011_CENSUS_BASE = new FinancialYear(2020);
    /** The first year whose children are counted by the later vintage of estimates (mid-2024). */
    static final FinancialYear FIRST_ON_LATER_VINTAGE = new FinancialYear(2024);
    public static final String LATER_VINTAGE_NOTE = "Rates for 2024/25 divide by the mid-2024 estimates, a later "
            + "vintage of estimates (the ONS revised its migration method), several force areas 4 to 6% above "
            + "mid-2022: part of any change in rates between 2022/23 and 2024/25 is the change of estimates, not a "
            + "change in offences. There is no mid-2023 estimate, so 2023/24 has no rate (not available).";

    public RateNotes(boolean crossesCensusBase, boolean fewChildren) {
        this(crossesCensusBase, fewChildren, false);
    }

    /** Notes for rates shown side by side across these years. */
    public static RateNotes of(Collection<FinancialYear> yearsWithRates, Collection<Rate> rates) {
        boolean before = yearsWithRates.stream().anyMatch(y -> y.compareTo(LAST_ON_2011_CENSUS_BASE) <= 0);
        boolean after = yearsWithRates.stream().anyMatch(y -> y.compareTo(LAST_ON_2011_CENSUS_BASE) > 0);
        return new RateNotes(before && after, rates.stream().anyMatch(Rate::fewChildren),
                onLaterVintage(yearsWithRates));
    }

    /** True when any of the years' rates divide by the later vintage of estimates. */
    public static boolean onLaterVintage(Collection<FinancialYear> yearsWithRates) {
        return yearsWithRates.stream().anyMatch(y -> y.compareTo(FIRST_ON_LATER_VINTAGE) >= 0);
    }

    public String populationSource() {
        return ChildPopulation.SOURCE_LINE;
    }

    public String censusBaseNote() {
        return Rate.CENSUS_BASE_NOTE;
    }

    public String laterVintageNote() {
        return LATER_VINTAGE_NOTE;
    }

    public String fewChildrenWarning() {
        return Rate.FEW_CHILDREN_WARNING;
    }
}
