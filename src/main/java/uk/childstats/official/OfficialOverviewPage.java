package uk.childstats.official;

import java.util.List;
import uk.childstats.web.Page;
import uk.childstats.web.Paths;

/**
 * England and Wales by year and offence group, British Transport Police on its own, what the codes mean and miss,
 * and the release the figures come from.
 */
public record OfficialOverviewPage(Release release, SeriesTable englandAndWales, SeriesTable transportPolice,
                                   OffenceGroups groups, ProvisionalYear provisional) implements Page {

    /** A code with the readable group it is shown in. */
    public record CodeLine(String code, String description, String group, String whyChild) {
    }

    public String title() {
        return "Official figures: offences against children recorded by police in England and Wales";
    }

    public List<CodeLine> codes() {
        return groups.codes().stream().map(c -> new CodeLine(c.code(), c.description(),
                groups.labelOf(c.groupSlug()), c.whyChild())).toList();
    }

    public String firstYear() {
        return englandAndWales.years().get(0).label();
    }

    public String lastYear() {
        return englandAndWales.years().get(englandAndWales.years().size() - 1).label();
    }

    public String caption() {
        return "England and Wales, 43 forces: official figures by offence type";
    }

    public uk.childstats.charts.Chart chart() {
        return englandAndWales.chart("official-chart", caption(), "official-england-and-wales");
    }

    public String csvHref() {
        return Paths.OFFICIAL_CSV;
    }

    public String quarterlyCsvHref() {
        return Paths.OFFICIAL_QUARTERLY_CSV;
    }

    public String populationCsvHref() {
        return Paths.CHILD_POPULATION_CSV;
    }

    public String forcesHref() {
        return Paths.FORCES;
    }

    public String aboutHref() {
        return Paths.ABOUT;
    }
}
