package uk.childstats.figures;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FIGURE;
import static uk.childstats.db.generated.Tables.FINANCIAL_YEAR;
import static uk.childstats.db.generated.Tables.MEASURE;
import static uk.childstats.db.generated.Tables.NATION;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.db.generated.Tables.SOURCE;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Record;

/** Queries of the FOI figures as the site publishes them (one value per cell) and the evidence behind them. */
public final class PublishedValues {
    private final DSLContext dsl;

    public PublishedValues(DSLContext dsl) {
        this.dsl = dsl;
    }

    public List<Area> areas() {
        return dsl.select(AREA.SLUG, AREA.NAME, AREA.NATION_CODE, AREA.KIND, AREA.TERRITORIAL).from(AREA)
                .join(NATION).on(NATION.CODE.eq(AREA.NATION_CODE))
                .orderBy(NATION.SORT_ORDER, AREA.NAME)
                .fetch(r -> new Area(r.get(AREA.SLUG), r.get(AREA.NAME), r.get(AREA.NATION_CODE),
                        "force".equals(r.get(AREA.KIND)), r.get(AREA.TERRITORIAL)));
    }

    public List<Measure> measures() {
        return dsl.selectFrom(MEASURE).where(MEASURE.REPORTS_MEASURE_CODE.isNull()).orderBy(MEASURE.SORT_ORDER)
                .fetch(r -> new Measure(r.getCode(), r.getLabel(), r.getDefinition(), r.getIsCount()));
    }

    /** Every financial year that has any published value for a force, oldest first. */
    public List<FinancialYear> yearsWithForceFigures() {
        return dsl.selectDistinct(PUBLISHED_VALUE.YEAR_LABEL).from(PUBLISHED_VALUE).join(AREA)
                .on(AREA.SLUG.eq(PUBLISHED_VALUE.AREA_SLUG)).where(AREA.KIND.eq("force"))
                .fetch(PUBLISHED_VALUE.YEAR_LABEL).stream().map(l -> FinancialYear.parse(l).orElseThrow())
                .sorted().toList();
    }

    public List<FinancialYear> allYears() {
        return dsl.select(FINANCIAL_YEAR.LABEL).from(FINANCIAL_YEAR).orderBy(FINANCIAL_YEAR.START_YEAR)
                .fetch(FINANCIAL_YEAR.LABEL).stream().map(l -> FinancialYear.parse(l).orElseThrow()).toList();
    }

    /** Published values of one measure: area slug to year to value. */
    public Map<String, Map<FinancialYear, Long>> valuesOf(String measureCode) {
        Map<String, Map<FinancialYear, Long>> result = new LinkedHashMap<>();
        dsl.select(PUBLISHED_VALUE.AREA_SLUG, PUBLISHED_VALUE.YEAR_LABEL, PUBLISHED_VALUE.VALUE)
                .from(PUBLISHED_VALUE).where(PUBLISHED_VALUE.MEASURE_CODE.eq(measureCode))
                .forEach(r -> result.computeIfAbsent(r.value1(), k -> new LinkedHashMap<>())
                        .put(FinancialYear.parse(r.value2()).orElseThrow(), r.value3()));
        return result;
    }

    /** Every published cell of an area, with the figure it was taken from and the other figures for it. */
    public List<Cell> cellsOfArea(String areaSlug) {
        return ofArea(areaSlug).cells();
    }

    /** An area's published cells and its rows that foi_errata.csv set aside, from one read of its figures. */
    public record AreaFigures(List<Cell> cells, List<Evidence> setAside) {
    }

    public AreaFigures ofArea(String areaSlug) {
        List<Record> figures = figuresWhere(FIGURE.AREA_SLUG.eq(areaSlug));
        List<Evidence> setAside = figures.stream().filter(r -> r.get(FIGURE.SET_ASIDE_REASON) != null)
                .map(PublishedValues::evidence).toList();
        return new AreaFigures(cells(PUBLISHED_VALUE.AREA_SLUG.eq(areaSlug), figures), setAside);
    }

    /** Every published cell of a year. */
    public List<Cell> cellsOfYear(FinancialYear year) {
        return cellsOfYears(List.of(year));
    }

    /** Every published cell of these years, in one read of their values and one of their figures. */
    public List<Cell> cellsOfYears(List<FinancialYear> years) {
        List<String> labels = years.stream().map(FinancialYear::label).toList();
        return cells(PUBLISHED_VALUE.YEAR_LABEL.in(labels), figuresWhere(FIGURE.CELL_YEAR_LABEL.in(labels)));
    }

    private List<Record> figuresWhere(Condition where) {
        return dsl.select().from(FIGURE).join(SOURCE).on(SOURCE.ID.eq(FIGURE.SOURCE_ID)).where(where)
                .orderBy(FIGURE.LINE_NUMBER).fetch();
    }

    private List<Cell> cells(Condition publishedWhere, List<Record> figureRows) {
        Map<String, List<Record>> figuresByCell = figureRows.stream()
                .collect(Collectors.groupingBy(r -> key(r.get(FIGURE.AREA_SLUG), r.get(FIGURE.CELL_YEAR_LABEL),
                        r.get(FIGURE.CELL_MEASURE_CODE)), LinkedHashMap::new, Collectors.toList()));
        List<Cell> cells = new ArrayList<>();
        for (var row : dsl.selectFrom(PUBLISHED_VALUE).where(publishedWhere).fetch()) {
            List<Record> figures = figuresByCell.getOrDefault(
                    key(row.getAreaSlug(), row.getYearLabel(), row.getMeasureCode()), List.of());
            Evidence chosen = null;
            List<Evidence> others = new ArrayList<>();
            for (Record figure : figures) {
                if (figure.get(FIGURE.ID).equals(row.getChosenFigureId())) {
                    chosen = evidence(figure);
                } else {
                    others.add(evidence(figure));
                }
            }
            cells.add(new Cell(row.getAreaSlug(), FinancialYear.parse(row.getYearLabel()).orElseThrow(),
                    row.getMeasureCode(), row.getValue(), chosen, row.getReason(), others));
        }
        cells.sort(Comparator.comparing(Cell::year).thenComparing(Cell::measureCode));
        return cells;
    }

    private static String key(String area, String year, String measure) {
        return area + "|" + year + "|" + measure;
    }

    private static Evidence evidence(Record r) {
        Source source = new Source(r.get(SOURCE.URL), r.get(SOURCE.TITLE), r.get(SOURCE.PUBLISHED));
        return new Evidence(r.get(FIGURE.VALUE), r.get(FIGURE.MEASURE_CODE),
                FinancialYear.parse(r.get(FIGURE.YEAR_LABEL)).orElseThrow(), source, r.get(FIGURE.QUOTE),
                r.get(FIGURE.SET_ASIDE_REASON));
    }
}
