package uk.childstats.rates;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.CHILD_POPULATION;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import uk.childstats.figures.FinancialYear;

/** Children aged 0 to 17 living in each force area: the denominators of every rate on the site. */
public final class ChildPopulation {
    /** Where the estimates come from. */
    public static final String ESTIMATES = "Office for National Statistics mid-year population estimates (MYE2, with "
            + "National Records of Scotland and NISRA)";
    public static final String SOURCE_LINE = "Children aged 0 to 17: " + ESTIMATES + ", mid-year within the "
            + "financial year. Source: Office for National Statistics licensed under the Open Government Licence v3.0.";
    private final DSLContext dsl;

    /** One row of the population table, for the download. */
    public record Estimate(String forceName, String nation, int midYear, int children, String source) {
    }

    public ChildPopulation(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Mid-2016 is the estimate for financial year 2016/17: 30 June falls inside it. */
    public static int midYearOf(FinancialYear year) {
        return year.startYear();
    }

    /** Area slug → children, for one financial year; a force with no estimate is absent. */
    public Map<String, Long> ofYear(FinancialYear year) {
        Map<String, Long> children = new HashMap<>();
        dsl.select(CHILD_POPULATION.AREA_SLUG, CHILD_POPULATION.CHILDREN).from(CHILD_POPULATION)
                .where(CHILD_POPULATION.MID_YEAR.eq(midYearOf(year)))
                .forEach(r -> children.put(r.value1(), r.value2().longValue()));
        return children;
    }

    /** Financial year → children, for one force. */
    public Map<FinancialYear, Long> ofArea(String areaSlug) {
        Map<FinancialYear, Long> children = new HashMap<>();
        dsl.select(CHILD_POPULATION.MID_YEAR, CHILD_POPULATION.CHILDREN).from(CHILD_POPULATION)
                .where(CHILD_POPULATION.AREA_SLUG.eq(areaSlug))
                .forEach(r -> children.put(new FinancialYear(r.value1()), r.value2().longValue()));
        return children;
    }

    /** Area slug → financial year → children, for every area. */
    public Map<String, Map<FinancialYear, Long>> byArea() {
        Map<String, Map<FinancialYear, Long>> children = new HashMap<>();
        dsl.select(CHILD_POPULATION.AREA_SLUG, CHILD_POPULATION.MID_YEAR, CHILD_POPULATION.CHILDREN)
                .from(CHILD_POPULATION)
                .forEach(r -> children.computeIfAbsent(r.value1(), slug -> new HashMap<>())
                        .put(new FinancialYear(r.value2()), r.value3().longValue()));
        return children;
    }

    /**
     * Financial year → children in the 43 force areas of England and Wales, only for years with an estimate for
     * every one of them.
     */
    public Map<FinancialYear, Long> englandAndWales() {
        Map<FinancialYear, Long> children = new HashMap<>();
        int forces = dsl.fetchCount(AREA, AREA.NATION_CODE.in("England", "Wales"), AREA.KIND.eq("force"),
                AREA.TERRITORIAL.isTrue());
        dsl.select(CHILD_POPULATION.MID_YEAR, DSL.sum(CHILD_POPULATION.CHILDREN), DSL.count())
                .from(CHILD_POPULATION).join(AREA).on(AREA.SLUG.eq(CHILD_POPULATION.AREA_SLUG))
                .where(AREA.NATION_CODE.in("England", "Wales"), AREA.TERRITORIAL.isTrue())
                .groupBy(CHILD_POPULATION.MID_YEAR)
                .forEach(r -> {
                    if (r.value3() == forces) {
                        children.put(new FinancialYear(r.value1()), r.value2().longValue());
                    }
                });
        return children;
    }

    public List<Estimate> all() {
        return dsl.select(AREA.NAME, AREA.NATION_CODE, CHILD_POPULATION.MID_YEAR, CHILD_POPULATION.CHILDREN,
                        CHILD_POPULATION.SOURCE)
                .from(CHILD_POPULATION).join(AREA).on(AREA.SLUG.eq(CHILD_POPULATION.AREA_SLUG))
                .orderBy(AREA.NAME, CHILD_POPULATION.MID_YEAR)
                .fetch(r -> new Estimate(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
    }
}
