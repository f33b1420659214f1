package uk.childstats.forces;

import java.util.Optional;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.YearOnYear;
import uk.childstats.rates.FoiRates;
import uk.childstats.rates.Rate;

/**
 * The figure a force page is about, first on a phone's screen: the latest year the force gave a total for, with the
 * change on the year before (where both were published) and the rate per 1,000 children, each with its working.
 */
public record ForceHeadline(FinancialYear year, String totalText, String sourceAnchor, YearOnYear change, Rate rate) {

    public String yearHref() {
        return uk.childstats.web.Paths.year(year);
    }

    public boolean hasChange() {
        return change != null;
    }

    static Optional<ForceHeadline> of(ForceTable table, FoiRates.OfForce rates) {
        int total = -1;
        for (int i = 0; i < table.columns().size(); i++) {
            if (table.columns().get(i).code().equals(Measure.TOTAL)) {
                total = i;
            }
        }
        for (int r = table.rows().size() - 1; r >= 0 && total >= 0; r--) {
            ForceTable.YearRow row = table.rows().get(r);
            ForceTable.Value value = row.values().get(total);
            if (value.provided()) {
                return Optional.of(new ForceHeadline(row.year(), value.text(), "#" + value.anchor(), row.change(),
                        rates.of(row.year())));
            }
        }
        return Optional.empty();
    }
}
