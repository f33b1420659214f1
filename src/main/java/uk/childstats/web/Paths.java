package uk.childstats.web;

import java.util.List;
import java.util.stream.Collectors;
import uk.childstats.figures.FinancialYear;

/** Every URL the site links to, spelled once. Route patterns for Javalin sit beside the links they match. */
public final class Paths {
    public static final String HOME = "/";
    public static final String FORCES = "/forces";
    public static final String YEARS = "/years";
    public static final String HELP = "/help";
    public static final String ABOUT = "/about";
    public static final String LICENCE = ABOUT + "#licence";
    public static final String REVISIONS = ABOUT + "/revisions";
    public static final String DOWNLOADS = "/downloads";
    public static final String COMPARE = "/compare";
    public static final String COMPARE_CSV = COMPARE + ".csv";
    public static final String EMBED = "/embed";
    public static final String FIGURES_CSV = "/data/figures.csv";
    public static final String PUBLISHED_CSV = "/data/published.csv";
    public static final String API = "/api";
    public static final String API_FIGURES = API + "/figures";
    public static final String API_PUBLISHED = API + "/published";
    public static final String OFFICIAL = "/official";
    public static final String OFFICIAL_CSV = "/data/official.csv";
    public static final String OFFICIAL_QUARTERLY_CSV = "/data/official-quarterly.csv";
    public static final String CHILD_POPULATION_CSV = "/data/child-population.csv";
    public static final String API_OFFICIAL_FORCES = API + OFFICIAL + FORCES;
    public static final String API_OFFICIAL_YEARS = API + OFFICIAL + YEARS;
    public static final String FIND = "/find";
    public static final String API_FIND = API + FIND;
    public static final String MAP = "/map";
    public static final String MAP_SVG = MAP + ".svg";
    public static final String MAP_EMBED = EMBED + MAP;
    public static final String CHART_JS = "/webjars/chart.js/4.4.1/dist/chart.umd.js";
    public static final String GOVUK_FRONTEND_CSS = "/webjars/govuk-frontend/5.13.0/dist/govuk/govuk-frontend.min.css";
    public static final String CHARTS_SCRIPT = "/js/charts.js";
    public static final String OFFICIAL_CHART_SCRIPT = "/js/official-chart.js";

    static final String CSV = ".csv";
    static final String METADATA = "-metadata.json";

    /** Javalin route patterns. */
    public static final class Routes {
        public static final String RELEASE = REVISIONS + "/{id}";
        public static final String FORCE = FORCES + "/{slug}";
        public static final String FORCE_CSV = FORCE + CSV;
        public static final String FORCE_METADATA = FORCE + CSV + METADATA;
        public static final String FORCE_API = API + FORCE;
        public static final String FORCE_EMBED = EMBED + FORCE;
        public static final String YEAR = YEARS + "/{year}";
        public static final String YEAR_CSV = YEAR + CSV;
        public static final String YEAR_METADATA = YEAR + CSV + METADATA;
        public static final String YEAR_API = API + YEAR;
        public static final String OFFICIAL_YEAR = OFFICIAL + "/{year}";
        public static final String OFFICIAL_FORCE_API = API_OFFICIAL_FORCES + "/{slug}";
        public static final String OFFICIAL_YEAR_API = API_OFFICIAL_YEARS + "/{year}";

        private Routes() {
        }
    }

    private Paths() {
    }

    public static String force(String slug) {
        return FORCES + "/" + slug;
    }

    public static String forceCsv(String slug) {
        return force(slug) + CSV;
    }

    public static String forceApi(String slug) {
        return API + force(slug);
    }

    public static String forceEmbed(String slug) {
        return EMBED + force(slug);
    }

    public static String year(FinancialYear year) {
        return YEARS + "/" + year.slug();
    }

    public static String yearCsv(FinancialYear year) {
        return year(year) + CSV;
    }

    public static String yearApi(FinancialYear year) {
        return API + year(year);
    }

    /** The CSV on the Web metadata file that describes a CSV file: its address plus "-metadata.json". */
    public static String metadata(String csvPath) {
        return csvPath + METADATA;
    }

    public static String compare(List<String> forceSlugs) {
        return forceSlugs.isEmpty() ? COMPARE : forceSlugs.stream().map(s -> "force=" + s)
                .collect(Collectors.joining("&", COMPARE + "?", ""));
    }

    /** An address under /api/, whose answers (errors too) are JSON. */
    public static boolean isApi(String path) {
        return path.startsWith(API + "/");
    }

    /** A CSV on the Web metadata address, answered in JSON like the API. */
    public static boolean isMetadata(String path) {
        return path.endsWith(CSV + METADATA);
    }

    /** A CSV download's address, whose errors are plain text rather than a page. */
    public static boolean isCsv(String path) {
        return path.endsWith(CSV);
    }

    /** "/compare?series=official&measure=rate&force=dorset-police&force=...": the fields in the picker's order. */
    public static String compare(String series, String measure, List<String> forceSlugs) {
        return COMPARE + comparisonQuery(series, measure, forceSlugs);
    }

    /** The same comparison as CSV. */
    public static String compareCsv(String series, String measure, List<String> forceSlugs) {
        return COMPARE_CSV + comparisonQuery(series, measure, forceSlugs);
    }

    private static String comparisonQuery(String series, String measure, List<String> forceSlugs) {
        return "?series=" + series + "&measure=" + measure
                + forceSlugs.stream().map(s -> "&force=" + s).collect(Collectors.joining());
    }

    public static boolean isEmbed(String path) {
        return path.startsWith(EMBED + "/");
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
