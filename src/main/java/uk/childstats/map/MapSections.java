package uk.childstats.map;

import java.util.HashMap;
import java.util.Map;
import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;

/** The small map other pages include, as the named template variable "forceMap" (null when there is none). */
public final class MapSections {
    private final MapBuilder maps;

    public MapSections(DSLContext dsl) {
        this.maps = new MapBuilder(dsl);
    }

    /** The home page's map: the default measure and its latest year. */
    public Map<String, Object> forHomePage() {
        return section(maps.build(null, null).orElse(null));
    }

    public Map<String, Object> forYearPage(FinancialYear year) {
        return section(maps.forYear(year).orElse(null));
    }

    private static Map<String, Object> section(ForceMap map) {
        Map<String, Object> section = new HashMap<>();
        section.put("forceMap", map);
        return section;
    }
}
