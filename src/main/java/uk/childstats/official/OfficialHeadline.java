package uk.childstats.official;

import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.rates.Rate;
import uk.childstats.web.Paths;

/** The latest England and Wales total of the official series and its rate, for the home page. */
public record OfficialHeadline(FinancialYear year, long total, Rate rate, Release release) {
    public String totalText() {
        return Format.number(total);
    }

    public String href() {
        return Paths.OFFICIAL;
    }

    public String yearHref() {
        return Paths.officialYear(year);
    }
}
