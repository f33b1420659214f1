package uk.childstats.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Palette;
import uk.childstats.figures.Area;
import uk.childstats.rates.Rate;
import uk.childstats.rates.RateNotes;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;

/**
 * Up to six forces side by side, every year, in one series (FOI or official) as counts or rates per 1,000 children,
 * as a table and a chart; the picker is a plain GET form, so the address is the choice and can be shared.
 */
public record ComparePage(CompareChoice choice, List<Area> chosen, List<String> messages, Picker picker,
                          Comparison comparison, Chart chart) implements Page {
    public static final int MAX_FORCES = Palette.COLOURS.size();

    public String title() {
        return chosen.isEmpty() ? "Compare police forces"
                : "Compare " + String.join(", ", chosen.stream().map(Area::name).toList());
    }

    public boolean hasChart() {
        return chart != null;
    }

    public String shareHref() {
        return Paths.compare(choice.series().option().value(), choice.measure().option().value(), slugs());
    }

    public String csvHref() {
        return csvHref(choice, chosen);
    }

    private static String csvHref(CompareChoice choice, List<Area> chosen) {
        return Paths.compareCsv(choice.series().option().value(), choice.measure().option().value(),
                chosen.stream().map(Area::slug).toList());
    }

    public int maxForces() {
        return MAX_FORCES;
    }

    public String seriesLabel() {
        return choice.series().option().label();
    }

    public String whatItCounts() {
        return choice.series().option().detail();
    }

    public boolean official() {
        return choice.series() == CompareSeries.OFFICIAL;
    }

    /** The Home Office source line, under the table of the official series. */
    public String sourceLine() {
        return comparison.release() == null ? null : comparison.release().sourceLine();
    }

    public boolean showsRates() {
        return comparison.showsRates();
    }

    public RateNotes rateNotes() {
        return comparison.rateNotes();
    }

    /** "City of London Police: Fewer than 2,000 children live in this area, ..." */
    public List<String> fewChildrenWarnings() {
        return comparison.forcesWithFewChildren().stream().map(name -> name + ": " + Rate.FEW_CHILDREN_WARNING)
                .toList();
    }

    /** Why Police Scotland or the PSNI show "not in this series" in the official series, never 0. */
    public String outsideSeriesNote() {
        List<String> names = comparison.forcesOutsideSeries();
        if (names.isEmpty()) {
            return null;
        }
        return "The Home Office series covers England and Wales only. " + String.join(" and ", names)
                + (names.size() == 1 ? " records" : " record") + " crime under other laws and codes, so there are no "
                + "figures for " + (names.size() == 1 ? "it" : "them") + " in this series (“"
                + ForceFigures.NOT_IN_SERIES + "”), never 0.";
    }

    public boolean transportPoliceWithoutRate() {
        return showsRates() && comparison.hasTransportPolice();
    }

    public List<String> workings() {
        return comparison.workings();
    }

    private List<String> slugs() {
        return chosen.stream().map(Area::slug).toList();
    }

    static ComparePage build(ComparisonSource source, CompareChoice choice) {
        List<Area> forces = source.forces();
        List<String> messages = new ArrayList<>(choice.problems());
        List<Area> chosen = chosenForces(forces, choice.forceSlugs(), messages);
        Picker picker = Picker.of(choice, forces, chosen);
        if (!choice.valid() || chosen.isEmpty()) {
            return new ComparePage(choice, chosen, messages, picker, null, null);
        }
        Comparison comparison = source.of(choice.series(), choice.measure(), chosen);
        Chart chart = comparison.isEmpty() ? null : ComparisonChart.of(comparison, csvHref(choice, chosen));
        if (comparison.isEmpty()) {
            messages.add("None of the forces you chose has figures in this series: choose other forces or the "
                    + "other series.");
        }
        return new ComparePage(choice, chosen, messages, picker, comparison, chart);
    }

    /**
     * The known forces asked for, at most six (the first six asked for), in the picker's order, so the form submits
     * the same address the page offers for sharing; a message for each unknown force and for more than six.
     */
    static List<Area> chosenForces(List<Area> forces, List<String> requested, List<String> messages) {
        Map<String, Area> bySlug = forces.stream().collect(Collectors.toMap(Area::slug, Function.identity()));
        Set<Area> known = new LinkedHashSet<>();
        for (String slug : requested) {
            Area area = bySlug.get(slug);
            if (area == null) {
                messages.add("There is no police force called “" + CompareChoice.echo(slug) + "”, so it is left out.");
            } else {
                known.add(area);
            }
        }
        if (known.size() > MAX_FORCES) {
            messages.add("You chose " + known.size() + " forces. Up to " + MAX_FORCES + " can be compared at once, "
                    + "so only the first " + MAX_FORCES + " are shown: untick some to choose others.");
        }
        List<Area> firstSix = known.stream().limit(MAX_FORCES).toList();
        return forces.stream().filter(firstSix::contains).toList();
    }
}
