package uk.childstats.official;

import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.figures.Rank;
import uk.childstats.rates.Rate;
import uk.childstats.rates.RateNotes;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;

/**
 * One year of the official series: the forces of England and Wales ranked by count and by rate per 1,000
 * children, the England and Wales total (which never includes British Transport Police) and BTP on its own. The
 * ranking by rate leaves out areas with so few children that a handful of offences decides their place: they are
 * shown after it, unranked, with their rate and its warning.
 */
public record OfficialYearPage(FinancialYear year, Release release, long englandAndWalesTotal,
                               Rate englandAndWalesRate, List<RankedForce> byCount, List<RankedForce> byRate,
                               List<RankedForce> notRankedByRate, List<Area> withoutRate,
                               Long transportPoliceTotal, Area transportPolice, int forceCount,
                               FinancialYear previous, FinancialYear next,
                               Map<String, SeriesTable.Revision> revisions) implements Page {
    /** The key of the England and Wales total among the revisions (the forces' are their slugs). */
    static final String ENGLAND_AND_WALES = "";

    /** A force with its rank ("=2"), or with a null rank when it is not ranked by rate. */
    public record RankedForce(String rank, Area force, long total, Rate rate, SeriesTable.Revision revision) {
        /** "revised in the release of 23 April 2026; was 1,190", or null when the newest release kept it. */
        public String revisedNote() {
            return revision == null ? null : revision.note();
        }

        public String href() {
            return Paths.force(force.slug());
        }

        public String totalText() {
            return Format.number(total);
        }
    }

    /** Who the ranking by count is among: "the 43 forces of England and Wales". */
    public String countRankedAmong() {
        return "the " + forceCount + " forces of England and Wales";
    }

    /** Who the ranking by rate is among: "the 42 forces of England and Wales with at least 2,000 children". */
    public String rateRankedAmong() {
        return "the " + byRate.size() + " forces of England and Wales " + Rate.RANKED_BY_RATE_AMONG;
    }

    public String notRankedByRateReason() {
        return Rate.NOT_RANKED_BY_RATE;
    }

    public String fewChildrenWarning() {
        return Rate.FEW_CHILDREN_WARNING;
    }

    public String title() {
        return "Official figures: offences against children by police force, " + year.label();
    }

    /** The England and Wales total's revised mark, or null. */
    public String englandAndWalesRevisedNote() {
        SeriesTable.Revision revision = revisions.get(ENGLAND_AND_WALES);
        return revision == null ? null : revision.note();
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

    /**
     * One year: no change of census base within the page; the few-children note is for the unranked areas; a year
     * counted by the later vintage of estimates says so.
     */
    public RateNotes rateNotes() {
        return new RateNotes(false, false, RateNotes.onLaterVintage(List.of(year)));
    }

    static OfficialYearPage build(FinancialYear year, List<FinancialYear> years, Release release,
                                  YearOfForces forces, Map<String, SeriesTable.Revision> revisions) {
        List<Area> byCount = forces.territorial().stream()
                .sorted(Comparator.comparingLong(forces::total).reversed().thenComparing(Area::name)).toList();
        List<Area> byRate = forces.territorial().stream().filter(f -> forces.rate(f).rankable())
                .sorted(Comparator.comparing((Area f) -> forces.rate(f).value()).reversed()
                        .thenComparing(Area::name)).toList();
        List<Area> notRanked = forces.territorial().stream().filter(f -> forces.rate(f).fewChildren())
                .sorted(Comparator.comparing(Area::name)).toList();
        List<Area> withoutRate = forces.territorial().stream().filter(f -> !forces.rate(f).available()).toList();
        int index = years.indexOf(year);
        return new OfficialYearPage(year, release, forces.englandAndWalesTotal(), forces.englandAndWalesRate(),
                ranked(byCount, forces, year, forces::total, revisions),
                ranked(byRate, forces, year, f -> forces.rate(f).value(), revisions),
                notRanked.stream().map(f -> new RankedForce(null, f, forces.total(f), forces.rate(f),
                        revisions.get(f.slug()))).toList(),
                withoutRate, forces.transportPolice().map(forces::total).orElse(null),
                forces.transportPolice().orElse(null), forces.territorial().size(),
                index > 0 ? years.get(index - 1) : null, index < years.size() - 1 ? years.get(index + 1) : null,
                Map.copyOf(revisions));
    }

    /** The forces in the order given, each with its competition rank among them by the value given. */
    private static <V extends Comparable<? super V>> List<RankedForce> ranked(
            List<Area> sorted, YearOfForces forces, FinancialYear year, Function<Area, V> value,
            Map<String, SeriesTable.Revision> revisions) {
        Map<String, V> values = new LinkedHashMap<>();
        sorted.forEach(f -> values.put(f.slug(), value.apply(f)));
        Map<String, Rank> ranks = Rank.among(values, year);
        return sorted.stream().map(f -> new RankedForce(ranks.get(f.slug()).label(), f, forces.total(f),
                forces.rate(f), revisions.get(f.slug()))).toList();
    }
}
