package uk.childstats.official;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.rates.Rate;
import uk.childstats.rates.RateNotes;
import uk.childstats.web.Format;
import uk.childstats.web.Paths;

/**
 * One year of the official series: the forces of England and Wales ranked by count and by rate per 1,000
 * children, the England and Wales total (which never includes British Transport Police) and BTP on its own.
 */
public record OfficialYearPage(FinancialYear year, Release release, long englandAndWalesTotal,
                               Rate englandAndWalesRate, List<RankedForce> byCount, List<RankedForce> byRate,
                               List<Area> withoutRate, Long transportPoliceTotal, Area transportPolice,
                               int forceCount,
                               FinancialYear previous, FinancialYear next) {

    public record RankedForce(String rank, Area force, long total, Rate rate) {
        public String href() {
            return Paths.force(force.slug());
        }

        public String totalText() {
            return Format.number(total);
        }
    }

    public String title() {
        return "Official figures: offences against children by police force, " + year.label();
    }

    public String englandAndWalesTotalText() {
        return Format.number(englandAndWalesTotal);
    }

    public String transportPoliceText() {
        return Format.number(transportPoliceTotal);
    }

    public String transportPoliceHref() {
        return Paths.force(transportPolice.slug());
    }

    public String previousHref() {
        return previous == null ? null : Paths.officialYear(previous);
    }

    public String nextHref() {
        return next == null ? null : Paths.officialYear(next);
    }

    public String foiYearHref() {
        return Paths.year(year);
    }

    public String apiHref() {
        return Paths.apiOfficialYear(year);
    }

    /** One year: no change of census base within the page. */
    public RateNotes rateNotes() {
        return new RateNotes(false, byRate.stream().anyMatch(r -> r.rate().fewChildren()));
    }

    static OfficialYearPage build(FinancialYear year, List<FinancialYear> years, Release release,
                                  YearOfForces forces) {
        List<Area> byCount = forces.territorial().stream()
                .sorted(Comparator.comparingLong(forces::total).reversed().thenComparing(Area::name)).toList();
        List<Area> byRate = forces.territorial().stream().filter(f -> forces.rate(f).available())
                .sorted(Comparator.comparing((Area f) -> forces.rate(f).value()).reversed()
                        .thenComparing(Area::name)).toList();
        List<Area> withoutRate = forces.territorial().stream().filter(f -> !forces.rate(f).available()).toList();
        int index = years.indexOf(year);
        return new OfficialYearPage(year, release, forces.englandAndWalesTotal(), forces.englandAndWalesRate(),
                ranked(byCount, forces, Ranking.ranks(byCount, forces::total)),
                ranked(byRate, forces, Ranking.ranks(byRate, f -> forces.rate(f).value())),
                withoutRate, forces.transportPolice().map(forces::total).orElse(null),
                forces.transportPolice().orElse(null), forces.territorial().size(),
                index > 0 ? years.get(index - 1) : null, index < years.size() - 1 ? years.get(index + 1) : null);
    }

    private static List<RankedForce> ranked(List<Area> sorted, YearOfForces forces, List<String> ranks) {
        List<RankedForce> ranked = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            ranked.add(new RankedForce(ranks.get(i), sorted.get(i), forces.total(sorted.get(i)),
                    forces.rate(sorted.get(i))));
        }
        return ranked;
    }
}
