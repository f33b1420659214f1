package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;

import java.util.Map;
import org.jooq.DSLContext;

/** The territorial forces by official name, for the geography files that name them. */
final class TerritorialForces {
    record Force(String slug, String nation) {
    }

    private TerritorialForces() {
    }

    static Map<String, Force> byName(DSLContext dsl) {
        return dsl.select(AREA.NAME, AREA.SLUG, AREA.NATION_CODE).from(AREA)
                .where(AREA.KIND.eq("force"), AREA.TERRITORIAL.isTrue())
                .fetchMap(AREA.NAME, r -> new Force(r.get(AREA.SLUG), r.get(AREA.NATION_CODE)));
    }
}
