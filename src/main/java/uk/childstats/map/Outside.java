package uk.childstats.map;

import java.util.List;
import java.util.Map;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.Format;
import uk.childstats.web.Paths;

/**
 * Scotland and Northern Ireland: the boundary file has no outline for them, so they stand beside the map as boxes,
 * with the FOI figure when that is the measure, and otherwise why there is none.
 */
final class Outside {
    private static final Map<String, String> FORCES = Map.of("police-scotland", "Police Scotland",
            "police-service-of-northern-ireland", "Police Service of Northern Ireland");
    static final String NOT_IN_SERIES = "not in the official series, which covers England and Wales only";

    private Outside() {
    }

    static List<ForceMap.OutsideBox> boxes(FoiReference figures, MapMeasure measure, FinancialYear year) {
        Map<String, Map<FinancialYear, Long>> foi = measure.official() ? Map.of() : figures.totals();
        return List.of("police-scotland", "police-service-of-northern-ireland").stream()
                .map(slug -> new ForceMap.OutsideBox(FORCES.get(slug), Paths.force(slug),
                        measure.official() ? NOT_IN_SERIES : foiFigure(foi.get(slug), year)))
                .toList();
    }

    private static String foiFigure(Map<FinancialYear, Long> values, FinancialYear year) {
        Long value = values == null ? null : values.get(year);
        return value == null ? Format.NOT_PROVIDED + " for " + year.label()
                : Format.number(value) + " offences recorded in " + year.label();
    }
}
