package uk.childstats.home;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.childstats.figures.Area;
import uk.childstats.figures.Cell;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Format;
import uk.childstats.figures.Measure;
import uk.childstats.figures.PublishedValues;
import uk.childstats.forces.LatestFigure;
import uk.childstats.map.ForceMap;
import uk.childstats.map.MapReference;
import uk.childstats.official.OfficialHeadline;
import uk.childstats.official.OfficialSections;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;

/** The headline UK figure, the national totals by year, the forces' latest figures, and the official headline. */
public record HomePage(Cell headline, List<NationalRow> totalsByYear, List<LatestFigure> forces,
                       OfficialHeadline official, ForceMap forceMap) implements Page {

    /** A year's UK total and England and Wales total; either may be null (not published). */
    public record NationalRow(FinancialYear year, Cell uk, Cell englandAndWales) {
        public String href() {
            return Paths.year(year);
        }

        public String ukText() {
            return uk == null ? Format.NOT_PROVIDED : Format.number(uk.value());
        }

        public String englandAndWalesText() {
            return englandAndWales == null ? Format.NOT_PROVIDED : Format.number(englandAndWales.value());
        }
    }

    public String title() {
        return "Child sexual offences recorded by UK police forces";
    }

    /** The home page's title says what the site is, so it needs no site name after it. */
    @Override
    public String documentTitle() {
        return title();
    }

    public String headlineText() {
        return Format.number(headline.value());
    }

    public String headlineYearHref() {
        return Paths.year(headline.year());
    }

    public uk.childstats.charts.Chart chart() {
        return HomeChart.of(totalsByYear);
    }

    public uk.childstats.figures.OffenceInterval headlineInterval() {
        return headline == null ? null
                : uk.childstats.figures.OffenceInterval.of(headline.year(), headline.value()).orElse(null);
    }

    /** The home page, given what the release shares (the FOI figures' areas, years and totals among it). */
    static HomePage build(PublishedValues figures, OfficialSections official, MapReference shared, ForceMap map) {
        Map<FinancialYear, Cell> uk = totalsOf(figures, Area.UK_TOTAL);
        Map<FinancialYear, Cell> ew = totalsOf(figures, Area.ENGLAND_AND_WALES_TOTAL);
        List<NationalRow> rows = new ArrayList<>();
        for (FinancialYear year : shared.foi().allYears()) {
            if (uk.containsKey(year) || ew.containsKey(year)) {
                rows.add(new NationalRow(year, uk.get(year), ew.get(year)));
            }
        }
        Cell headline = uk.entrySet().stream().max(Map.Entry.comparingByKey()).map(Map.Entry::getValue)
                .orElse(null);
        return new HomePage(headline, rows, LatestFigure.ofEveryForce(shared.foi()), official.headline().orElse(null),
                map);
    }

    private static Map<FinancialYear, Cell> totalsOf(PublishedValues figures, String areaSlug) {
        return figures.cellsOfArea(areaSlug).stream().filter(c -> c.measureCode().equals(Measure.TOTAL))
                .collect(Collectors.toMap(Cell::year, Function.identity()));
    }
}
