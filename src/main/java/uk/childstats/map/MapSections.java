package uk.childstats.map;

import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;

/** The small map that the home page and each year page show: null when there is none (before any import). */
public final class MapSections {
    private final MapBuilder maps;

    public MapSections(DSLContext dsl) {
        this.maps = new MapBuilder(dsl);
    }

    /** The home page's map: the default measure and its latest year. */
    public ForceMap forHomePage(MapReference shared) {
        return maps.build(shared, null, null).orElse(null);
    }

    public ForceMap forYearPage(MapReference shared, FinancialYear year) {
        return maps.forYear(shared, year).orElse(null);
    }
}
