package uk.childstats.downloads;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FIGURE;
import static uk.childstats.db.generated.Tables.MEASURE;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.db.generated.Tables.SOURCE;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import org.jooq.Record;
import uk.childstats.figures.Measure;
import uk.childstats.web.Paths;

/** The two whole-dataset downloads: every imported figure, and the one value per cell that the site shows. */
public final class FigureDatasets {
    static final List<Column> FIGURE_COLUMNS = List.of(
            Column.integer("line_number", "Line in the imported file", "Line of the imported FOI figures file (the header is line 1)."),
            Column.text("nation", "Nation", "England, Wales, Scotland, Northern Ireland, England and Wales, or UK for UK-wide aggregates."),
            Column.text("force", "Force or aggregate", "The police force's official name, or an aggregate such as All UK forces."),
            Column.text("force_slug", "Force address name", "The force's name as used in this site's addresses."),
            Column.text("year", "Financial year", "The financial year the source filed the figure under, April to March, written 2016/17."),
            Column.text("measure", "Measure", "What the figure counts, as a measure code; see the data dictionary."),
            Column.integer("value", "Value", "The number as published, without thousands separators."),
            Column.text("speaks_for_year", "Year the figure counts", "The year the figure counts: a year earlier than year for a previous-year figure quoted in a later article."),
            Column.yesNo("shown_on_site", "Shown on the site", "true when this figure is the one value the site shows for its force, year and measure."),
            Column.text("source_url", "Source address", "The page the figure was read from (seed: marks one of the two seed articles)."),
            Column.text("source_title", "Source headline", "The page's headline, or a title built from its address."),
            Column.text("source_published", "Source publication date", "YYYY-MM-DD or YYYY-MM where the page shows it; empty otherwise."),
            Column.text("quote", "Quotation", "The shortest fragment of the source that contains the figure."));

    static final List<Column> PUBLISHED_COLUMNS = List.of(
            Column.text("force_slug", "Force address name", "The force's name as used in this site's addresses."),
            Column.text("force", "Force or aggregate", "The police force's official name, or an aggregate such as All UK forces."),
            Column.text("nation", "Nation", "England, Wales, Scotland, Northern Ireland, England and Wales, or UK."),
            Column.text("year", "Financial year", "April to March, written 2016/17."),
            Column.text("measure", "Measure", "What the value counts, as a measure code; see the data dictionary."),
            Column.text("measure_label", "Measure label", "The measure's name as the site shows it."),
            Column.integer("value", "Value", "The one value the site shows for this force, year and measure."),
            Column.text("choice_reason", "Why this value", "Why this value was chosen where sources published more than one figure."),
            Column.integer("other_figures", "Other published figures", "How many other published figures exist for the same force, year and measure."),
            Column.yesNo("sources_disagree", "Sources disagree", "true when another source published a different value."),
            Column.text("source_url", "Source address", "The page the chosen figure was read from."),
            Column.text("source_title", "Source headline", "The page's headline, or a title built from its address."),
            Column.text("source_published", "Source publication date", "YYYY-MM-DD or YYYY-MM where the page shows it; empty otherwise."),
            Column.text("source_quote", "Quotation", "The shortest fragment of the source that contains the figure."));

    private final DSLContext dsl;

    public FigureDatasets(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Every measure code, including the "previous year, as quoted" codes that appear in the figures file. */
    public List<Measure> allMeasures() {
        return dsl.selectFrom(MEASURE).orderBy(MEASURE.SORT_ORDER)
                .fetch(r -> new Measure(r.getCode(), r.getLabel(), r.getDefinition(), r.getIsCount()));
    }

    public Dataset figures() {
        List<List<Object>> rows = new ArrayList<>();
        for (Record r : dsl.select().from(FIGURE).join(SOURCE).on(SOURCE.ID.eq(FIGURE.SOURCE_ID)).join(AREA)
                .on(AREA.SLUG.eq(FIGURE.AREA_SLUG)).leftJoin(PUBLISHED_VALUE)
                .on(PUBLISHED_VALUE.CHOSEN_FIGURE_ID.eq(FIGURE.ID)).orderBy(FIGURE.LINE_NUMBER).fetch()) {
            rows.add(java.util.Arrays.asList((long) r.get(FIGURE.LINE_NUMBER), r.get(AREA.NATION_CODE),
                    r.get(AREA.NAME), r.get(AREA.SLUG), r.get(FIGURE.YEAR_LABEL), r.get(FIGURE.MEASURE_CODE),
                    r.get(FIGURE.VALUE), r.get(FIGURE.CELL_YEAR_LABEL), r.get(PUBLISHED_VALUE.AREA_SLUG) != null,
                    r.get(SOURCE.URL), r.get(SOURCE.TITLE), r.get(SOURCE.PUBLISHED), r.get(FIGURE.QUOTE)));
        }
        return new Dataset("Every published figure, with its source",
                "Every figure imported from the FOI figures file: one row per figure as one source published it, "
                        + "including figures that disagree with each other.",
                Dataset.fileName("all-published-figures"), Paths.FIGURES_CSV, Paths.API_FIGURES,
                FIGURE_COLUMNS, rows);
    }

    public Dataset published() {
        Map<String, List<Long>> valuesByCell = dsl.select(FIGURE.AREA_SLUG, FIGURE.CELL_YEAR_LABEL,
                FIGURE.CELL_MEASURE_CODE, FIGURE.VALUE).from(FIGURE).fetch().stream().collect(Collectors.groupingBy(
                r -> r.value1() + "|" + r.value2() + "|" + r.value3(),
                Collectors.mapping(r -> r.value4(), Collectors.toList())));
        List<List<Object>> rows = new ArrayList<>();
        for (Record r : dsl.select().from(PUBLISHED_VALUE).join(AREA).on(AREA.SLUG.eq(PUBLISHED_VALUE.AREA_SLUG))
                .join(MEASURE).on(MEASURE.CODE.eq(PUBLISHED_VALUE.MEASURE_CODE)).join(FIGURE)
                .on(FIGURE.ID.eq(PUBLISHED_VALUE.CHOSEN_FIGURE_ID)).join(SOURCE).on(SOURCE.ID.eq(FIGURE.SOURCE_ID))
                .orderBy(AREA.NAME, PUBLISHED_VALUE.YEAR_LABEL, MEASURE.SORT_ORDER).fetch()) {
            long value = r.get(PUBLISHED_VALUE.VALUE);
            List<Long> all = valuesByCell.getOrDefault(r.get(AREA.SLUG) + "|" + r.get(PUBLISHED_VALUE.YEAR_LABEL)
                    + "|" + r.get(PUBLISHED_VALUE.MEASURE_CODE), List.of(value));
            rows.add(java.util.Arrays.asList(r.get(AREA.SLUG), r.get(AREA.NAME), r.get(AREA.NATION_CODE),
                    r.get(PUBLISHED_VALUE.YEAR_LABEL), r.get(PUBLISHED_VALUE.MEASURE_CODE), r.get(MEASURE.LABEL),
                    value, r.get(PUBLISHED_VALUE.REASON), (long) all.size() - 1,
                    all.stream().anyMatch(v -> v != value), r.get(SOURCE.URL), r.get(SOURCE.TITLE),
                    r.get(SOURCE.PUBLISHED), r.get(FIGURE.QUOTE)));
        }
        return new Dataset("Published values: one per force, year and measure",
                "The one value the site shows for each force or aggregate, year and measure, with the source it "
                        + "was taken from and why.",
                Dataset.fileName("published-values"), Paths.PUBLISHED_CSV, Paths.API_PUBLISHED,
                PUBLISHED_COLUMNS, rows);
    }
}
