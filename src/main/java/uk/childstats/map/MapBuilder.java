package uk.childstats.map;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import uk.childstats.web.Reuse;
import uk.childstats.figures.FinancialYear;
import uk.childstats.official.OfficialFigures;
import uk.childstats.official.Release;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.web.Paths;

/** Gathers one map: the measure and year asked for (or the defaults), each force's figure and class, and sources. */
public final class MapBuilder {
    static final String BOUNDARIES = "Boundaries: Office for National Statistics, Police Force Areas (December 2023), "
            + "licensed under the Open Government Licence v3.0. Contains OS data © Crown copyright and database right "
            + "2023.";
    private final OfficialFigures official;

    public MapBuilder(DSLContext dsl) {
        this.official = new OfficialFigures(dsl);
    }

    /** The map for ?measure= and ?year=; an unknown measure or year gives the default. Empty before any import. */
    public Optional<ForceMap> build(MapReference shared, String measureSlug, String yearSlug) {
        MapMeasure measure = MapMeasure.parse(measureSlug).orElse(MapMeasure.OFFICIAL_RATE);
        MapFigures figures = new MapFigures(shared, official);
        List<FinancialYear> years = figures.years(measure);
        if (years.isEmpty()) {
            return Optional.empty();
        }
        FinancialYear year = FinancialYear.parse(yearSlug == null ? "" : yearSlug).filter(years::contains)
                .orElse(years.get(years.size() - 1));
        return build(shared, figures, measure, year, years);
    }

    /** The small map of a year page: the official rate for the year if it has one, else its FOI figures. */
    public Optional<ForceMap> forYear(MapReference shared, FinancialYear year) {
        MapFigures figures = new MapFigures(shared, official);
        for (MapMeasure measure : MapMeasure.values()) {
            List<FinancialYear> years = figures.years(measure);
            if (years.contains(year)) {
                return build(shared, figures, measure, year, years);
            }
        }
        return Optional.empty();
    }

    /** One map: only an official year's counts are read; the rest is what the release shares. */
    private Optional<ForceMap> build(MapReference shared, MapFigures figures, MapMeasure measure, FinancialYear year,
                                     List<FinancialYear> years) {
        List<Outlines.Drawn> outlines = shared.outlines().drawn();
        if (outlines.isEmpty()) {
            return Optional.empty();
        }
        Map<String, MapValue> values = figures.values(measure, year);
        Classes classes = Classes.of(outlines.stream().map(o -> values.get(o.slug())).filter(v -> v != null)
                .map(MapValue::number).toList());
        List<MapRow> rows = outlines.stream().map(o -> row(o, values.get(o.slug()), classes, measure, year)).toList();
        String heading = measure.label() + ", " + year.label();
        String query = "?measure=" + measure.slug() + "&year=" + year.slug();
        ForceMap map = new ForceMap(heading, measure, year.label(), "", legend(classes, measure), rows,
                Outside.boxes(shared.foi(), measure, year), choices(measure), yearChoices(years, year),
                source(shared, measure), Paths.MAP_SVG + query, Paths.MAP + query, Paths.MAP_EMBED + query);
        return Optional.of(withSvg(map, MapSvg.inline(outlines, rows, "Map: " + heading)));
    }

    /** The same map as a file of its own, with absolute links back to the site. */
    public Optional<String> download(MapReference shared, String measureSlug, String yearSlug, String siteUrl) {
        return build(shared, measureSlug, yearSlug).map(map -> MapSvg.standalone(shared.outlines().drawn(),
                map.rows(), "Map: " + map.heading(), map, siteUrl));
    }

    private static ForceMap withSvg(ForceMap m, String svg) {
        return new ForceMap(m.heading(), m.measure(), m.yearLabel(), svg, m.legend(), m.rows(), m.outside(),
                m.measures(), m.years(), m.source(), m.svgHref(), m.pageHref(), m.embedHref());
    }

    private static MapRow row(Outlines.Drawn outline, MapValue value, Classes classes, MapMeasure measure,
                              FinancialYear year) {
        String href = Paths.force(outline.slug());
        if (value == null) {
            return new MapRow(outline.slug(), outline.name(), href, "not provided", "", 0, "no figure", false,
                    outline.name() + ": no figure for " + year.label());
        }
        Classes.Band band = classes.of(value.number());
        return new MapRow(outline.slug(), outline.name(), href, value.text(), value.working(), band.number(),
                range(band, measure), value.fewChildren(),
                outline.name() + ": " + value.text() + " " + measure.unit() + ", " + year.label());
    }

    private static List<ForceMap.LegendEntry> legend(Classes classes, MapMeasure measure) {
        List<ForceMap.LegendEntry> legend = new ArrayList<>();
        classes.bands().forEach(b -> legend.add(new ForceMap.LegendEntry(b.colour(), range(b, measure))));
        return legend;
    }

    static String range(Classes.Band band, MapMeasure measure) {
        return MapText.number(band.lowest(), measure) + " to " + MapText.number(band.highest(), measure);
    }

    private static List<ForceMap.Choice> choices(MapMeasure chosen) {
        List<ForceMap.Choice> choices = new ArrayList<>();
        for (MapMeasure m : MapMeasure.values()) {
            choices.add(new ForceMap.Choice(m.slug(), m.label(), m == chosen));
        }
        return choices;
    }

    private static List<ForceMap.Choice> yearChoices(List<FinancialYear> years, FinancialYear chosen) {
        List<ForceMap.Choice> choices = new ArrayList<>();
        for (int i = years.size() - 1; i >= 0; i--) {
            choices.add(new ForceMap.Choice(years.get(i).slug(), years.get(i).label(), years.get(i).equals(chosen)));
        }
        return choices;
    }

    private static String source(MapReference shared, MapMeasure measure) {
        String figures = measure.official()
                ? shared.official().release().map(Release::sourceLine)
                        .orElse("Source: Home Office police recorded crime.")
                : "Source: " + Reuse.SOURCE;
        String population = measure == MapMeasure.OFFICIAL_RATE ? " " + ChildPopulation.SOURCE_LINE : "";
        return figures + population + " " + BOUNDARIES;
    }
}
