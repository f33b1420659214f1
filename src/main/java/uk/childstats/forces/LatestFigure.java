package uk.childstats.forces;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.Format;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.web.Paths;

/** A force and its most recent published total, if it has one. */
public record LatestFigure(Area area, FinancialYear year, Long total) {

    public static List<LatestFigure> ofEveryForce(PublishedValues figures) {
        return ofEveryForce(figures.areas(), figures.valuesOf(Measure.TOTAL));
    }

    public static List<LatestFigure> ofEveryForce(FoiReference figures) {
        return ofEveryForce(figures.areas(), figures.totals());
    }

    private static List<LatestFigure> ofEveryForce(List<Area> areas, Map<String, Map<FinancialYear, Long>> totals) {
        return areas.stream().filter(Area::isForce).filter(Area::territorial).map(area -> {
            Optional<Map.Entry<FinancialYear, Long>> latest = totals.getOrDefault(area.slug(), Map.of()).entrySet()
                    .stream().max(Map.Entry.comparingByKey());
            return new LatestFigure(area, latest.map(Map.Entry::getKey).orElse(null),
                    latest.map(Map.Entry::getValue).orElse(null));
        }).toList();
    }

    public String href() {
        return Paths.force(area.slug());
    }

    public String totalText() {
        return Format.number(total);
    }

    public String yearText() {
        return year == null ? "" : year.label();
    }

    public boolean provided() {
        return total != null;
    }
}
