package uk.childstats.support;

import java.util.List;

/** One address for every page template of the site; a new template adds its page here. */
public final class SitePages {
    public static final List<String> EVERY_TEMPLATE = List.of("/", "/forces", "/forces/dorset-police",
            "/forces/cheshire-constabulary", "/years", "/years/2016-17", "/help", "/about", "/no-such-page",
            "/compare", "/compare?force=dorset-police&force=wiltshire-police",
            "/compare?series=official&measure=rate&force=city-of-london-police&force=dorset-police"
                    + "&force=police-scotland&force=british-transport-police",
            "/compare?series=nope&force=dorset-police", "/downloads", "/official",
            "/official/2016-17", "/forces/police-scotland", "/forces/british-transport-police", "/map",
            "/map?measure=foi-count&year=2022-23", "/find", "/find?q=EC2M", "/find?q=Newcastle", "/find?q=ZZ99");

    /** Pages that show figures in tables. */
    public static final List<String> WITH_FIGURES = List.of("/", "/forces", "/forces/dorset-police", "/years",
            "/years/2016-17", "/compare?force=dorset-police&force=wiltshire-police", "/official", "/official/2016-17", "/map");

    public static java.util.stream.Stream<String> everyTemplate() {
        return EVERY_TEMPLATE.stream();
    }

    private SitePages() {
    }
}
