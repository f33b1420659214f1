package uk.childstats.map;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FORCE_OUTLINE;

import java.util.List;
import org.jooq.DSLContext;

/** The force outlines as simplified at import, with the force each belongs to, by name. */
public record Outlines(List<Drawn> drawn) {
    public record Drawn(String slug, String name, String path, int minX, int minY, int maxX, int maxY) {
    }

    public static Outlines read(DSLContext dsl) {
        return new Outlines(dsl.select(AREA.SLUG, AREA.NAME, FORCE_OUTLINE.SVG_PATH, FORCE_OUTLINE.MIN_X,
                        FORCE_OUTLINE.MIN_Y, FORCE_OUTLINE.MAX_X, FORCE_OUTLINE.MAX_Y)
                .from(FORCE_OUTLINE).join(AREA).on(AREA.SLUG.eq(FORCE_OUTLINE.AREA_SLUG)).orderBy(AREA.NAME)
                .fetch(r -> new Drawn(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7())));
    }
}
