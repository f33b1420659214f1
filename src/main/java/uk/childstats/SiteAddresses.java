package uk.childstats;

import java.util.ArrayList;
import java.util.List;
import org.jooq.DSLContext;
import uk.childstats.data.ReleaseHistory;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialFigures;
import uk.childstats.web.Paths;

/**
 * Every address a visitor can reach whose answer depends only on the data release: each page, CSV, CSVW metadata
 * file and API answer, read from the database. The response store renders all of them before it shows a release.
 * Pages chosen by a query string (comparisons, other maps) are rendered when first asked for.
 */
final class SiteAddresses {
    private final PublishedValues figures;
    private final OfficialFigures official;
    private final ReleaseHistory releases;

    SiteAddresses(DSLContext dsl) {
        this.figures = new PublishedValues(dsl);
        this.official = new OfficialFigures(dsl);
        this.releases = new ReleaseHistory(dsl);
    }

    List<String> all() {
        List<String> all = new ArrayList<>(List.of(Paths.HOME, Paths.FORCES, Paths.YEARS, Paths.HELP, Paths.ABOUT,
                Paths.DOWNLOADS, Paths.COMPARE, Paths.MAP, Paths.MAP_SVG, Paths.MAP_EMBED, Paths.REVISIONS));
        for (String csv : List.of(Paths.FIGURES_CSV, Paths.PUBLISHED_CSV, Paths.OFFICIAL_CSV,
                Paths.OFFICIAL_QUARTERLY_CSV, Paths.CHILD_POPULATION_CSV)) {
            all.add(csv);
            all.add(Paths.metadata(csv));
        }
        all.addAll(List.of(Paths.API_FIGURES, Paths.API_PUBLISHED));
        for (Area area : figures.areas()) {
            String slug = area.slug();
            all.addAll(List.of(Paths.force(slug), Paths.forceCsv(slug), Paths.metadata(Paths.forceCsv(slug)),
                    Paths.forceApi(slug), Paths.forceEmbed(slug)));
        }
        for (FinancialYear year : figures.allYears()) {
            all.addAll(List.of(Paths.year(year), Paths.yearCsv(year), Paths.metadata(Paths.yearCsv(year)),
                    Paths.yearApi(year)));
        }
        all.addAll(officialSeries());
        for (ReleaseHistory.Release release : releases.releases()) {
            all.addAll(List.of(release.href(), release.href() + ".csv"));
        }
        return all;
    }

    /** The official series' pages and API, when a release of it has been imported. */
    private List<String> officialSeries() {
        if (official.release().isEmpty()) {
            return List.of();
        }
        List<String> all = new ArrayList<>(List.of(Paths.OFFICIAL));
        official.years().forEach(year -> all.addAll(List.of(Paths.officialYear(year), Paths.apiOfficialYear(year))));
        official.forces().forEach(force -> all.add(Paths.apiOfficialForce(force.slug())));
        return all;
    }
}
