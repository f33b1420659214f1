package uk.childstats.forces;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.FoiReference;
import uk.childstats.forces.LatestFigure;
import uk.childstats.web.Page;

/** Every force grouped by nation, each with its latest recorded total. */
public record ForceListPage(String title, List<NationGroup> nations) implements Page {

    public record NationGroup(String nation, List<LatestFigure> forces) {
    }

    static ForceListPage build(FoiReference figures) {
        Map<String, List<LatestFigure>> byNation = new LinkedHashMap<>();
        for (LatestFigure latest : LatestFigure.ofEveryForce(figures)) {
            byNation.computeIfAbsent(latest.area().nation(), k -> new java.util.ArrayList<>()).add(latest);
        }
        List<NationGroup> groups = byNation.entrySet().stream()
                .map(e -> new NationGroup(e.getKey(), e.getValue())).toList();
        return new ForceListPage("Police forces", groups);
    }
}
