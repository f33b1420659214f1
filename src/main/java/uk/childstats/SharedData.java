package uk.childstats;

import io.javalin.http.Context;
import org.jooq.DSLContext;
import uk.childstats.figures.FoiReference;
import uk.childstats.figures.PublishedValues;
import uk.childstats.map.MapReference;
import uk.childstats.map.Outlines;
import uk.childstats.official.OfficialReference;
import uk.childstats.rates.ChildPopulation;
import uk.childstats.rates.Children;
import uk.childstats.web.PerRelease;

/**
 * What every page of a data release shares (the areas, measures and totals of the FOI figures, the children in each
 * area, the offence groups, years and releases of the official series, the force outlines): read once per release,
 * when its first page is rendered, and handed to each render of that release.
 */
record SharedData(PerRelease<FoiReference> foi, PerRelease<Children> children, PerRelease<OfficialReference> official,
                  PerRelease<Outlines> outlines) {

    static SharedData of(DSLContext dsl) {
        return new SharedData(new PerRelease<>(() -> FoiReference.read(new PublishedValues(dsl))),
                new PerRelease<>(() -> Children.read(new ChildPopulation(dsl))),
                new PerRelease<>(() -> OfficialReference.read(dsl)), new PerRelease<>(() -> Outlines.read(dsl)));
    }

    /** All of it, as a map (and the pages that show one) is given it. */
    MapReference maps(Context ctx) {
        return new MapReference(foi.of(ctx), children.of(ctx), official.of(ctx), outlines.of(ctx));
    }
}
