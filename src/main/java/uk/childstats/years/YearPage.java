package uk.childstats.years;

import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.ForceMap;
import uk.childstats.map.MapSections;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.FoiRates;
import uk.childstats.web.Page;

/** What a year's page shows: the FOI table, each force's rate, and the official page of that year (null if none). */
public record YearPage(YearTable table, FoiRates.OfYear foiRates, String officialYearHref, ForceMap forceMap)
        implements Page {

    public String title() {
        return table.title();
    }

    static YearPage build(PublishedValues figures, OfficialSections official, ChildPopulation population,
                          MapSections maps, FinancialYear year) {
        return new YearPage(YearTable.build(figures, year),
                FoiRates.ofYear(figures.valuesOf(Measure.TOTAL), population, year),
                official.yearHref(year).orElse(null), maps.forYearPage(year));
    }
}
