package uk.childstats.find;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FORCE_SHORT_NAME;
import static uk.childstats.db.generated.Tables.LOCAL_AUTHORITY;
import static uk.childstats.db.generated.Tables.POSTCODE_DISTRICT_FORCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;

/** The imported geography: forces, their short names, council areas and postcode districts. */
final class Lookups {
    private final DSLContext dsl;

    Lookups(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The territorial forces by slug, in name order. */
    Map<String, Force> forces() {
        return dsl.selectFrom(AREA).where(AREA.KIND.eq("force"), AREA.TERRITORIAL.isTrue()).orderBy(AREA.NAME)
                .fetchMap(AREA.SLUG, r -> new Force(r.getSlug(), r.getName(), r.getNationCode()));
    }

    /** Every name a query may match: forces, their short names, and council areas. */
    List<Place> places(Map<String, Force> forces) {
        List<Place> places = new ArrayList<>();
        forces.values().forEach(f -> places.add(new Place(Match.Kind.FORCE, f.name(), f)));
        dsl.selectFrom(FORCE_SHORT_NAME).forEach(r -> places.add(new Place(Match.Kind.FORCE,
                forces.get(r.getAreaSlug()).name(), SearchText.words(r.getShortName()), forces.get(r.getAreaSlug()))));
        dsl.selectFrom(LOCAL_AUTHORITY).orderBy(LOCAL_AUTHORITY.NAME)
                .forEach(r -> places.add(new Place(Match.Kind.COUNCIL, r.getName(), forces.get(r.getAreaSlug()))));
        return places;
    }

    /** The forces covering a postcode district, most addresses first; empty for an unknown district. */
    List<Force> district(String district, Map<String, Force> forces) {
        return dsl.select(POSTCODE_DISTRICT_FORCE.AREA_SLUG).from(POSTCODE_DISTRICT_FORCE)
                .where(POSTCODE_DISTRICT_FORCE.DISTRICT.eq(district)).orderBy(POSTCODE_DISTRICT_FORCE.POSITION)
                .fetch(r -> forces.get(r.value1()));
    }

    boolean districtUncertain(String district) {
        return dsl.fetchExists(POSTCODE_DISTRICT_FORCE, POSTCODE_DISTRICT_FORCE.DISTRICT.eq(district),
                POSTCODE_DISTRICT_FORCE.UNCERTAIN.isTrue());
    }
}
