package uk.childstats.years;

import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.ForceMap;
import uk.childstats.map.MapReference;
import uk.childstats.map.MapSections;
import uk.childstats.official.OfficialSections;
import uk.childstats.rates.FoiRates;
import uk.childstats.web.Page;

/** What a year's page shows: the FOI table, each force's rate, and the official page of that year (null if none). */
public record YearPage(YearTable table, FoiRates.OfYear foiRates, String officialYearHref, ForceMap forceMap)
        implements Page {

    public String title() {
        return table.title();
    }

    /**
     * A year's page, given what the release shares (the FOI figures', the children's, the series' and the map's):
     * two queries of the year's FOI cells, and the year's official counts when its map shows them.
     */
    static YearPage build(MapReference shared, PublishedValues figures, MapSections maps, FinancialYear year) {
        return new YearPage(YearTable.build(shared.foi(), figures, year),
                FoiRates.ofYear(shared.foi().totals(), shared.children().ofYear(year), year),
                OfficialSections.yearHref(shared.official(), year).orElse(null), maps.forYearPage(shared, year));
    }
}
