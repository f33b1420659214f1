package uk.childstats.map;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OffenceGroups;
import uk.childstats.official.OfficialFigures;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Rate;
import uk.childstats.figures.Format;

/** The figures a map can show: for a measure, the years it has, and each force's value in one year. */
final class MapFigures {
    private final OfficialFigures official;
    private final ChildPopulation population;
    private final PublishedValues foi;

    MapFigures(DSLContext dsl) {
        this.official = new OfficialFigures(dsl);
        this.population = new ChildPopulation(dsl);
        this.foi = new PublishedValues(dsl);
    }

    /** Oldest first; a rate only for years with a population estimate for every force area. */
    List<FinancialYear> years(MapMeasure measure) {
        return switch (measure) {
            case OFFICIAL_RATE -> {
                Set<FinancialYear> estimated = population.englandAndWales().keySet();
                yield official.years().stream().filter(estimated::contains).toList();
            }
            case OFFICIAL_COUNT -> official.years();
            case FOI_COUNT -> foi.yearsWithForceFigures();
        };
    }

    /** Force slug → value; a force with no figure for the year is absent. */
    Map<String, MapValue> values(MapMeasure measure, FinancialYear year) {
        Map<String, MapValue> values = new HashMap<>();
        if (measure == MapMeasure.FOI_COUNT) {
            foi.valuesOf(Measure.TOTAL).forEach((slug, byYear) -> {
                Long value = byYear.get(year);
                if (value != null) {
                    values.put(slug, count(value));
                }
            });
            return values;
        }
        Map<String, Long> children = population.ofYear(year);
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
