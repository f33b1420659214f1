package uk.childstats.official;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;
import static uk.childstats.db.generated.Tables.OFFENCE_GROUP;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

import io.javalin.http.NotFoundResponse;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import uk.childstats.downloads.Dataset;
import uk.childstats.downloads.Provenance;
import uk.childstats.downloads.SeriesDownloads;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.web.Paths;

/** The official series (yearly and as imported) and the child population, as downloadable tables. */
public final class OfficialDatasets {
    /** What a reader of the downloads must know before using the official series beside the FOI figures. */
    public static final String CAVEAT = "The official series counts only offences recorded under the 11 Home Office "
            + "codes whose definition names a child victim: a narrower measure than the FOI figures, for England "
            + "and Wales only. Never add the two together or draw them as one series.";
    private final DSLContext dsl;
    private final OfficialFigures official;

    public OfficialDatasets(DSLContext dsl) {
        this.dsl = dsl;
        this.official = new OfficialFigures(dsl);
    }

    /** All three, in a section of the downloads page; none before the official series has been imported. */
    public SeriesDownloads forDownloadsPage() {
        List<Dataset> all = official.release().isEmpty() ? List.of() : List.of(yearly(), quarterly(), population());
        return new SeriesDownloads("official", "The official series (Home Office) and the child population",
                CAVEAT, all);
    }

    /** Yearly counts by force and code; British Transport Police is marked as outside the England and Wales total. */
    public Dataset yearly() {
        List<List<Object>> rows = dsl.select(AREA.NAME, OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE,
                        OFFENCE_CODE.DESCRIPTION, OFFENCE_GROUP.LABEL, OFFICIAL_COUNT.OFFENCES, AREA.TERRITORIAL,
                        OFFICIAL_RELEASE.NAME, OFFICIAL_RELEASE.PUBLISHED)
                .from(OFFICIAL_COUNT)
                .join(AREA).on(AREA.SLUG.eq(OFFICIAL_COUNT.AREA_SLUG))
                .join(OFFICIAL_RELEASE).on(OFFICIAL_RELEASE.ID.eq(OFFICIAL_COUNT.RELEASE_ID))
                .join(OFFENCE_CODE_GROUP).on(OFFENCE_CODE_GROUP.OFFENCE_CODE.eq(OFFICIAL_COUNT.OFFENCE_CODE))
                .join(OFFENCE_GROUP).on(OFFENCE_GROUP.SLUG.eq(OFFENCE_CODE_GROUP.GROUP_SLUG))
                .leftJoin(OFFENCE_CODE).on(OFFENCE_CODE.CODE.eq(OFFICIAL_COUNT.OFFENCE_CODE))
                .orderBy(AREA.NAME, OFFICIAL_COUNT.YEAR_LABEL, OFFENCE_CODE_GROUP.SORT_ORDER)
                .fetch(r -> Arrays.asList(r.intoArray()));
        return new Dataset("Official series: offences against children by force, year and offence code",
                "One row per force, financial year and Home Office offence code; a year is the sum of its "
                        + "four quarters. " + CAVEAT,
                Dataset.fileName("official-series-by-year"), Paths.OFFICIAL_CSV, null, OfficialColumns.YEARLY,
                rows, homeOffice());
    }

    /** The quarters as imported, in the Home Office's columns, then our force name and the release. */
    public Dataset quarterly() {
        var q = OFFICIAL_QUARTER;
        List<List<Object>> rows = dsl.select(q.YEAR_LABEL, q.QUARTER, AREA.HOME_OFFICE_NAME, q.OFFENCE_DESCRIPTION,
                        q.OFFENCE_GROUP, q.OFFENCE_SUBGROUP, q.OFFENCE_CODE, q.OFFENCES, AREA.NAME,
                        AREA.TERRITORIAL, OFFICIAL_RELEASE.NAME, OFFICIAL_RELEASE.PUBLISHED)
                .from(q).join(AREA).on(AREA.SLUG.eq(q.AREA_SLUG))
                .join(OFFICIAL_RELEASE).on(OFFICIAL_RELEASE.ID.eq(q.RELEASE_ID))
                .orderBy(q.LINE_NUMBER)
                .fetch(r -> Arrays.asList(r.intoArray()));
        return new Dataset("Official series as imported: every quarter of the Home Office file",
                "The Home Office file as imported, one row per financial year, quarter, force and offence code, "
                        + "in the Home Office's own columns, then the force's official name and the release. "
                        + "A few quarters are negative: the Home Office's own adjustments.",
                Dataset.fileName("official-series-by-quarter"), Paths.OFFICIAL_QUARTERLY_CSV, null,
                OfficialColumns.QUARTERLY, rows, homeOffice());
    }

    /** Children aged 0 to 17 by force area and mid-year, in the columns of the file it was imported from. */
    public Dataset population() {
        List<List<Object>> rows = new ChildPopulation(dsl).all().stream()
                .map(e -> Arrays.<Object>asList(e.forceName(), e.nation(), e.midYear(), e.children(), e.source()))
                .toList();
        return new Dataset("Children aged 0 to 17 by police force area and mid-year",
                "The number of children living in each of the 45 territorial force areas of the UK: what every "
                        + "rate per 1,000 children on the site divides by.",
                "children-aged-0-17-by-police-force-area.csv", Paths.CHILD_POPULATION_CSV, null,
                OfficialColumns.POPULATION, rows, Provenance.openGovernmentLicence(ChildPopulation.ESTIMATES
                        + ", children aged 0 to 17 summed over each force area's council areas."));
    }

    private Provenance homeOffice() {
        Release release = official.release().orElseThrow(NotFoundResponse::new);
        return Provenance.openGovernmentLicence(release.name() + " (police force area open data tables), release "
                + "of " + release.publishedText() + ", filtered to the 11 offence codes whose definition names a "
                + "child victim.");
    }
}
