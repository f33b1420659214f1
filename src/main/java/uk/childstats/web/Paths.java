package uk.childstats.web;

import uk.childstats.figures.FinancialYear;

/** Every URL the site links to, spelled once. */
public final class Paths {
    public static final String HOME = "/";
    public static final String FORCES = "/forces";
    public static final String YEARS = "/years";
    public static final String HELP = "/help";
    public static final String ABOUT = "/about";

    private Paths() {
    }

    public static String force(String slug) {
        return FORCES + "/" + slug;
    }

    public static String year(FinancialYear year) {
        return YEARS + "/" + year.slug();
    }
}
