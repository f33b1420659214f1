package uk.childstats.map;

import org.jooq.DSLContext;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.official.OfficialReference;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Children;

/**
 * What every map of a data release shares: the years and totals of the FOI figures, the children in each area, the
 * series' years and release, and the force outlines. Pages are given it from data read once per release.
 */
public record MapReference(FoiReference foi, Children children, OfficialReference official, Outlines outlines) {

    /** Read afresh, for a map rendered outside a release (the pages are given the release's). */
    public static MapReference read(DSLContext dsl) {
        return new MapReference(FoiReference.read(new PublishedValues(dsl)), Children.read(new ChildPopulation(dsl)),
                OfficialReference.read(dsl), Outlines.read(dsl));
    }
}
