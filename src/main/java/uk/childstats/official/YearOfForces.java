package uk.childstats.official;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import uk.childstats.figures.Area;
import uk.childstats.rates.Rate;

/**
 * One year's official counts for every force the series covers, with the children living in each force area.
 * England and Wales is the territorial forces only: never British Transport Police.
 */
record YearOfForces(List<Area> forces, Map<String, Map<String, Long>> counts, Map<String, Long> children) {

    List<Area> territorial() {
        return forces.stream().filter(Area::territorial).toList();
    }

    Optional<Area> transportPolice() {
        return forces.stream().filter(f -> !f.territorial()).findFirst();
    }

    long total(Area force) {
        return OffenceGroups.total(counts.getOrDefault(force.slug(), Map.of()));
    }

    Rate rate(Area force) {
        return new Rate(total(force), children.get(force.slug()));
    }

    long englandAndWalesTotal() {
        return territorial().stream().mapToLong(this::total).sum();
    }

    /** Not available unless every force area of England and Wales has a population estimate for the year. */
    Rate englandAndWalesRate() {
        boolean everyArea = territorial().stream().allMatch(f -> children.containsKey(f.slug()));
        Long allChildren = everyArea ? territorial().stream().mapToLong(f -> children.get(f.slug())).sum() : null;
        return new Rate(englandAndWalesTotal(), allChildren);
    }
}
