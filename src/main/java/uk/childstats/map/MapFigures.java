package uk.childstats.map;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.official.OffenceGroups;
import uk.childstats.official.OfficialFigures;
import uk.childstats.rates.Rate;

/**
 * The figures a map can show: for a measure, the years it has, and each force's value in one year. Only an official
 * year's counts are read here; the rest is what the release shares.
 */
final class MapFigures {
    private final MapReference shared;
    private final OfficialFigures official;

    MapFigures(MapReference shared, OfficialFigures official) {
        this.shared = shared;
        this.official = official;
    }

    /** Oldest first; a rate only for years with a population estimate for every force area. */
    List<FinancialYear> years(MapMeasure measure) {
        return switch (measure) {
            case OFFICIAL_RATE -> {
                Set<FinancialYear> estimated = shared.children().englandAndWales().keySet();
                yield shared.official().years().stream().filter(estimated::contains).toList();
            }
            case OFFICIAL_COUNT -> shared.official().years();
            case FOI_COUNT -> shared.foi().yearsWithForceFigures();
        };
    }

    /** Force slug → value; a force with no figure for the year is absent. */
    Map<String, MapValue> values(MapMeasure measure, FinancialYear year) {
        Map<String, MapValue> values = new HashMap<>();
        if (measure == MapMeasure.FOI_COUNT) {
            shared.foi().totals().forEach((slug, byYear) -> {
                Long value = byYear.get(year);
                if (value != null) {
                    values.put(slug, count(value));
                }
            });
            return values;
        }
        Map<String, Long> children = shared.children().ofYear(year);
        official.countsOfYear(year).forEach((slug, byCode) -> {
            long total = OffenceGroups.total(byCode);
            if (measure == MapMeasure.OFFICIAL_COUNT) {
                values.put(slug, count(total));
                return;
            }
            Rate rate = new Rate(total, children.get(slug));
            if (rate.available()) {
                values.put(slug, new MapValue(rate.value(), rate.text(), rate.working(), rate.fewChildren()));
            }
        });
        return values;
    }

    private static MapValue count(long value) {
        return new MapValue(BigDecimal.valueOf(value), Format.number(value), "", false);
    }
}
