package uk.childstats.official;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;
import static uk.childstats.db.generated.Tables.OFFENCE_GROUP;
import static uk.childstats.db.generated.Tables.OFFICIAL_COUNT;
import static uk.childstats.db.generated.Tables.OFFICIAL_QUARTER;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.childstats.figures.Area;
import uk.childstats.figures.FinancialYear;

/**
 * Queries of the official series as imported: yearly counts by force and code. England and Wales is the sum of the
 * territorial forces only: British Transport Police is in the file but never in that total.
 */
public final class OfficialFigures {
    private final DSLContext dsl;

    public OfficialFigures(DSLContext dsl) {
        this.dsl = dsl;
    }

    public Optional<Release> release() {
        return dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID.desc()).limit(1)
                .fetchOptional(r -> new Release(r.getName(), r.getPublished()));
    }

    public OffenceGroups groups() {
        List<OffenceGroups.Group> groups = dsl.selectFrom(OFFENCE_GROUP).orderBy(OFFENCE_GROUP.SORT_ORDER)
                .fetch(r -> new OffenceGroups.Group(r.getSlug(), r.getLabel()));
        List<OffenceGroups.Code> codes = dsl.select(OFFENCE_CODE_GROUP.OFFENCE_CODE, OFFENCE_CODE.DESCRIPTION,
                        OFFENCE_CODE_GROUP.GROUP_SLUG, OFFENCE_CODE.WHY_CHILD)
                .from(OFFENCE_CODE_GROUP).leftJoin(OFFENCE_CODE).on(OFFENCE_CODE.CODE.eq(OFFENCE_CODE_GROUP.OFFENCE_CODE))
                .orderBy(OFFENCE_CODE_GROUP.SORT_ORDER)
                .fetch(r -> new OffenceGroups.Code(r.value1(), r.value2() == null ? "Code " + r.value1() : r.value2(),
                        r.value3(), r.value4() == null ? "" : r.value4()));
        return new OffenceGroups(groups, codes);
    }

    /** Years with all four quarters in the release, oldest first. */
    public List<FinancialYear> years() {
        return dsl.selectDistinct(OFFICIAL_COUNT.YEAR_LABEL).from(OFFICIAL_COUNT).fetch(OFFICIAL_COUNT.YEAR_LABEL)
                .stream().map(label -> FinancialYear.parse(label).orElseThrow()).sorted().toList();
    }

    /** The forces the series covers: the 43 of England and Wales and British Transport Police. */
    public List<Area> forces() {
        return dsl.selectFrom(AREA).where(AREA.HOME_OFFICE_NAME.isNotNull()).orderBy(AREA.NAME)
                .fetch(r -> new Area(r.getSlug(), r.getName(), r.getNationCode(), "force".equals(r.getKind()),
                        r.getTerritorial()));
    }

    public boolean covers(String areaSlug) {
        return dsl.fetchExists(AREA, AREA.SLUG.eq(areaSlug), AREA.HOME_OFFICE_NAME.isNotNull());
    }

    /** Year → code → offences, for one force. */
    public Map<FinancialYear, Map<String, Long>> countsOfArea(String areaSlug) {
        Map<FinancialYear, Map<String, Long>> counts = new TreeMap<>();
        dsl.select(OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE, OFFICIAL_COUNT.OFFENCES)
                .from(OFFICIAL_COUNT).where(OFFICIAL_COUNT.AREA_SLUG.eq(areaSlug))
                .forEach(r -> counts.computeIfAbsent(FinancialYear.parse(r.value1()).orElseThrow(), y -> new TreeMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return counts;
    }

    /** Force slug → code → offences, for one year. */
    public Map<String, Map<String, Long>> countsOfYear(FinancialYear year) {
        Map<String, Map<String, Long>> counts = new TreeMap<>();
        dsl.select(OFFICIAL_COUNT.AREA_SLUG, OFFICIAL_COUNT.OFFENCE_CODE, OFFICIAL_COUNT.OFFENCES)
                .from(OFFICIAL_COUNT).where(OFFICIAL_COUNT.YEAR_LABEL.eq(year.label()))
                .forEach(r -> counts.computeIfAbsent(r.value1(), s -> new TreeMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return counts;
    }

    /**
     * The latest twelve months, when the newest year of the release has only its first one to three quarters and
     * the year before is complete: England and Wales (the territorial forces), summed from the quarters. Given the
     * years with all four quarters, as the release shares them.
     */
    Optional<ProvisionalYear> provisionalYear(List<FinancialYear> complete) {
        Optional<FinancialYear> newest = dsl.selectDistinct(OFFICIAL_QUARTER.YEAR_LABEL).from(OFFICIAL_QUARTER)
                .fetch(OFFICIAL_QUARTER.YEAR_LABEL).stream().map(label -> FinancialYear.parse(label).orElseThrow())
                .max(FinancialYear::compareTo);
        if (newest.isEmpty() || complete.contains(newest.get()) || !complete.contains(newest.get().previous())) {
            return Optional.empty();
        }
        FinancialYear part = newest.get();
        List<Integer> quarters = dsl.selectDistinct(OFFICIAL_QUARTER.QUARTER).from(OFFICIAL_QUARTER)
                .where(OFFICIAL_QUARTER.YEAR_LABEL.eq(part.label())).orderBy(OFFICIAL_QUARTER.QUARTER)
                .fetch(OFFICIAL_QUARTER.QUARTER);
        int published = quarters.size();
        if (published < 1 || published > 3 || !quarters.equals(java.util.stream.IntStream.rangeClosed(1, published)
                .boxed().toList())) {
            return Optional.empty();
        }
        Condition twelveMonths = OFFICIAL_QUARTER.YEAR_LABEL.eq(part.label()).or(OFFICIAL_QUARTER.YEAR_LABEL
                .eq(part.previous().label()).and(OFFICIAL_QUARTER.QUARTER.gt(published)));
        Long total = dsl.select(DSL.sum(OFFICIAL_QUARTER.OFFENCES)).from(OFFICIAL_QUARTER).join(AREA)
                .on(AREA.SLUG.eq(OFFICIAL_QUARTER.AREA_SLUG)).where(AREA.TERRITORIAL.isTrue()).and(twelveMonths)
                .fetchOne(0, Long.class);
        return total == null ? Optional.empty() : Optional.of(new ProvisionalYear(part, published, total));
    }

    /** Year → code → offences summed over the territorial forces of England and Wales. */
    public Map<FinancialYear, Map<String, Long>> englandAndWales() {
        return sums(AREA.TERRITORIAL.isTrue());
    }

    private Map<FinancialYear, Map<String, Long>> sums(Condition areas) {
        Map<FinancialYear, Map<String, Long>> counts = new TreeMap<>();
        dsl.select(OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE, DSL.sum(OFFICIAL_COUNT.OFFENCES))
                .from(OFFICIAL_COUNT).join(AREA).on(AREA.SLUG.eq(OFFICIAL_COUNT.AREA_SLUG)).where(areas)
                .groupBy(OFFICIAL_COUNT.YEAR_LABEL, OFFICIAL_COUNT.OFFENCE_CODE)
                .forEach(r -> counts.computeIfAbsent(FinancialYear.parse(r.value1()).orElseThrow(), y -> new TreeMap<>())
                        .put(r.value2(), r.value3().longValue()));
        return counts;
    }
}
