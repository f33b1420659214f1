package uk.childstats.official;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;
import static uk.childstats.db.generated.Tables.OFFENCE_GROUP;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.List;
import org.jooq.DSLContext;
import uk.childstats.rates.ChildPopulation;

/** The official series and the child population as CSV files. */
public final class OfficialDownloads {
    private final DSLContext dsl;

    public OfficialDownloads(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Yearly counts by force and code; British Transport Police is marked as outside the England and Wales total. */
    public void yearly(Context ctx) {
        List<List<Object>> rows = dsl.select(AREA.NAME, AREA.TERRITORIAL, OFFICIAL_COUNT.YEAR_LABEL,
                        OFFICIAL_COUNT.OFFENCE_CODE, OFFENCE_CODE.DESCRIPTION, OFFENCE_GROUP.LABEL,
                        OFFICIAL_COUNT.OFFENCES, OFFICIAL_RELEASE.NAME, OFFICIAL_RELEASE.PUBLISHED)
                .from(OFFICIAL_COUNT)
                .join(AREA).on(AREA.SLUG.eq(OFFICIAL_COUNT.AREA_SLUG))
                .join(OFFICIAL_RELEASE).on(OFFICIAL_RELEASE.ID.eq(OFFICIAL_COUNT.RELEASE_ID))
                .join(OFFENCE_CODE_GROUP).on(OFFENCE_CODE_GROUP.OFFENCE_CODE.eq(OFFICIAL_COUNT.OFFENCE_CODE))
                .join(OFFENCE_GROUP).on(OFFENCE_GROUP.SLUG.eq(OFFENCE_CODE_GROUP.GROUP_SLUG))
                .leftJoin(OFFENCE_CODE).on(OFFENCE_CODE.CODE.eq(OFFICIAL_COUNT.OFFENCE_CODE))
                .orderBy(AREA.NAME, OFFICIAL_COUNT.YEAR_LABEL, OFFENCE_CODE_GROUP.SORT_ORDER)
                .fetch(r -> Arrays.<Object>asList(r.value1(), r.value3(), r.value4(), r.value5(), r.value6(),
                        r.value7(), r.value2(), r.value8(), r.value9()));
        CsvDownload.send(ctx, "official.csv", List.of("police_force", "financial_year", "offence_code",
                "offence_description", "offence_group", "offences", "in_england_and_wales_total", "release",
                "release_date"), rows);
    }

    /** The quarters as imported, in the Home Office's columns, then our force name and the release. */
    public void quarterly(Context ctx) {
        var q = OFFICIAL_QUARTER;
        List<List<Object>> rows = dsl.select(q.YEAR_LABEL, q.QUARTER, AREA.HOME_OFFICE_NAME, q.OFFENCE_DESCRIPTION,
                        q.OFFENCE_GROUP, q.OFFENCE_SUBGROUP, q.OFFENCE_CODE, q.OFFENCES, AREA.NAME,
                        OFFICIAL_RELEASE.NAME, OFFICIAL_RELEASE.PUBLISHED)
                .from(q).join(AREA).on(AREA.SLUG.eq(q.AREA_SLUG))
                .join(OFFICIAL_RELEASE).on(OFFICIAL_RELEASE.ID.eq(q.RELEASE_ID))
                .orderBy(q.LINE_NUMBER)
                .fetch(r -> Arrays.asList(r.intoArray()));
        CsvDownload.send(ctx, "official-quarterly.csv", List.of("financial_year", "financial_quarter", "force_name",
                "offence_description", "offence_group", "offence_subgroup", "offence_code", "number_of_offences",
                "police_force", "release", "release_date"), rows);
    }

    /** Children aged 0 to 17 by force area and mid-year, in the columns of the file it was imported from. */
    public void population(Context ctx) {
        List<List<Object>> rows = new ChildPopulation(dsl).all().stream()
                .map(e -> Arrays.<Object>asList(e.forceName(), e.nation(), e.midYear(), e.children(), e.source()))
                .toList();
        CsvDownload.send(ctx, "child-population.csv",
                List.of("police_force", "nation", "year", "population_0_17", "source"), rows);
    }
}
