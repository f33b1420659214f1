package uk.childstats.web;

import uk.childstats.figures.FinancialYear;

/** Every URL the site links to, spelled once. */
public final class Paths {
    public static final String HOME = "/";
    public static final String FORCES = "/forces";
    public static final String YEARS = "/years";
    public static final String HELP = "/help";
    public static final String ABOUT = "/about";
    public static final String OFFICIAL = "/official";
    public static final String OFFICIAL_CSV = "/data/official.csv";
    public static final String OFFICIAL_QUARTERLY_CSV = "/data/official-quarterly.csv";
    public static final String CHILD_POPULATION_CSV = "/data/child-population.csv";
    public static final String API_OFFICIAL_FORCES = "/api/official/forces";
    public static final String API_OFFICIAL_YEARS = "/api/official/years";

    private Paths() {
    }

    public static String force(String slug) {
        return FORCES + "/" + slug;
    }

    public static String year(FinancialYear year) {
        return YEARS + "/" + year.slug();
    }

    public static String officialYear(FinancialYear year) {
        return OFFICIAL + "/" + year.slug();
    }

    public static String apiOfficialForce(String slug) {
        return API_OFFICIAL_FORCES + "/" + slug;
    }

    public static String apiOfficialYear(FinancialYear year) {
        return API_OFFICIAL_YEARS + "/" + year.slug();
    }
}
