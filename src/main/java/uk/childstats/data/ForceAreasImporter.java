package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FORCE_OUTLINE;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/**
 * Replaces the outlines of the force areas of England and Wales with a GeoJSON file's, all or nothing. They are
 * projected and simplified here, once, so no page ever simplifies a shape.
 */
final class ForceAreasImporter {
    static final String DATASET = "force_areas";

    private ForceAreasImporter() {
    }

    static boolean recognises(String fileName) {
        return fileName.endsWith(".geojson");
    }

    static int importFile(DSLContext dsl, String fileName, String text) throws ImportRejected {
        List<ForceOutlines.Feature> features;
        try {
            features = ForceOutlines.read(text);
        } catch (IllegalArgumentException e) {
            throw new ImportRejected(fileName, List.of(e.getMessage()));
        }
        Map<String, TerritorialForces.Force> forces = TerritorialForces.byName(dsl);
        List<String> problems = check(dsl, features, forces);
        LookupRows.rejectIfAny(fileName, problems, features.isEmpty());
        List<ForceOutlines.Outline> outlines = ForceOutlines.simplify(features);
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(FORCE_OUTLINE).execute();
            for (ForceOutlines.Outline o : outlines) {
                t.insertInto(FORCE_OUTLINE).set(FORCE_OUTLINE.AREA_SLUG, forces.get(o.forceName()).slug())
                        .set(FORCE_OUTLINE.PFA_CODE, o.pfaCode()).set(FORCE_OUTLINE.SVG_PATH, o.svgPath())
                        .set(FORCE_OUTLINE.MIN_X, (int) o.bounds().getMinX())
                        .set(FORCE_OUTLINE.MIN_Y, (int) o.bounds().getMinY())
                        .set(FORCE_OUTLINE.MAX_X, (int) o.bounds().getMaxX())
                        .set(FORCE_OUTLINE.MAX_Y, (int) o.bounds().getMaxY()).execute();
            }
            Releases.record(t, DATASET, fileName, outlines.size());
        });
        return outlines.size();
    }

    /** One outline for each of the territorial forces of England and Wales, and nothing else. */
    private static List<String> check(DSLContext dsl, List<ForceOutlines.Feature> features,
                                      Map<String, TerritorialForces.Force> forces) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < features.size(); i++) {
            ForceOutlines.Feature feature = features.get(i);
            TerritorialForces.Force force = forces.get(feature.forceName());
            String where = "feature " + (i + 1) + ": ";
            if (force == null || !(force.nation().equals("England") || force.nation().equals("Wales"))) {
                problems.add(where + "'" + feature.forceName() + "' is not a force of England and Wales");
            } else if (!seen.add(feature.forceName())) {
                problems.add(where + feature.forceName() + " appears twice");
            }
            if (!feature.pfaCode().matches("(E23|W15)\\d{6}")) {
                problems.add(where + "'" + feature.pfaCode() + "' is not a police force area code");
            }
            if (!feature.projected().isValid()) {
                problems.add(where + "the outline of " + feature.forceName() + " is not a valid polygon");
            }
        }
        dsl.select(AREA.NAME).from(AREA).where(AREA.KIND.eq("force"), AREA.TERRITORIAL.isTrue(),
                AREA.NATION_CODE.in("England", "Wales")).fetch(AREA.NAME).stream()
                .filter(name -> !seen.contains(name)).forEach(name -> problems.add("no outline for " + name));
        return problems;
    }
}
