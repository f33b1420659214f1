package uk.childstats.official;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.data.ReleaseHistory;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;

/**
 * What every page of a data release shares of the official series: the offence groups and codes, the newest
 * release, the years, the forces the series covers, the releases on record and what the newest one revised (each
 * force's year totals and England and Wales's). Read once per release.
 */
public record OfficialReference(OffenceGroups groups, Optional<Release> release, List<FinancialYear> years,
                                List<Area> forces, List<ReleaseHistory.Release> releases,
                                List<ReleaseHistory.Revision> newestRevisions, Map<String, Long> englandAndWalesWas) {

    public static OfficialReference read(DSLContext dsl) {
        OfficialFigures official = new OfficialFigures(dsl);
        ReleaseHistory history = new ReleaseHistory(dsl);
        List<ReleaseHistory.Release> releases = history.releases();
        return new OfficialReference(official.groups(), official.release(), official.years(), official.forces(),
                releases, releases.stream().findFirst().map(history::revisions).orElse(List.of()),
                Map.copyOf(history.latestEnglandAndWalesWas()));
    }

    /** Whether the series covers the area: the 43 forces of England and Wales and British Transport Police. */
    public boolean covers(String areaSlug) {
        return forces.stream().anyMatch(f -> f.slug().equals(areaSlug));
    }

    /** "release of 23 April 2026", the words a revised mark uses; empty when nothing is on record. */
    public Optional<String> newestReleaseWords() {
        return releases.stream().findFirst().map(ReleaseHistory::releaseWords);
    }
}
