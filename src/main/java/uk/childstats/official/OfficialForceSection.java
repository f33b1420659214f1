package uk.childstats.official;

import uk.childstats.figures.Area;
import uk.childstats.web.Paths;

/**
 * The official series on a force page: the table for the 43 forces of England and Wales; British Transport Police
 * on its own, without a rate; a plain statement for Police Scotland and the PSNI, which the series does not cover.
 */
public record OfficialForceSection(Coverage coverage, Area force, SeriesTable table, Release release) {

    public enum Coverage { TERRITORIAL_FORCE, TRANSPORT_POLICE, OUTSIDE_ENGLAND_AND_WALES, NOT_A_FORCE }

    public boolean showsTable() {
        return (coverage == Coverage.TERRITORIAL_FORCE || coverage == Coverage.TRANSPORT_POLICE)
                && table != null && !table.isEmpty() && release != null;
    }

    public boolean transportPolice() {
        return coverage == Coverage.TRANSPORT_POLICE;
    }

    public boolean outsideEnglandAndWales() {
        return coverage == Coverage.OUTSIDE_ENGLAND_AND_WALES;
    }

    public String overviewHref() {
        return Paths.OFFICIAL;
    }

    public String apiHref() {
        return Paths.apiOfficialForce(force.slug());
    }

    public uk.childstats.charts.Chart chart() {
        return table.chart("official-chart", caption(), "official-" + force.slug());
    }

    public String caption() {
        return force.name() + ": official figures by offence type";
    }
}
