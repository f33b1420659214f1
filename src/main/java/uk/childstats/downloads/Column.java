package uk.childstats.downloads;

/** One column of a download: its header name, a human title, a CSVW datatype and what it means. */
public record Column(String name, String title, String datatype, String description) {
    public static final String STRING = "string";
    public static final String INTEGER = "integer";
    public static final String DECIMAL = "decimal";
    public static final String BOOLEAN = "boolean";
    public static final String DATE = "date";

    public static Column text(String name, String title, String description) {
        return new Column(name, title, STRING, description);
    }

    public static Column integer(String name, String title, String description) {
        return new Column(name, title, INTEGER, description);
    }

    public static Column decimal(String name, String title, String description) {
        return new Column(name, title, DECIMAL, description);
    }

    /** A calendar date written YYYY-MM-DD. */
    public static Column date(String name, String title, String description) {
        return new Column(name, title, DATE, description);
    }

    public static Column yesNo(String name, String title, String description) {
        return new Column(name, title, BOOLEAN, description);
    }
}
