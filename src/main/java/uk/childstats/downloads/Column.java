package uk.childstats.downloads;

/** One column of a download: its header name, a human title, a CSVW datatype and what it means. */
public record Column(String name, String title, String datatype, String description) {
    public static final String STRING = "string";
    public static final String INTEGER = "integer";
    public static final String DECIMAL = "decimal";
    public static final String BOOLEAN = "boolean";

    public static Column text(String name, String title, String description) {
        return new Column(name, title, STRING, description);
    }

    public static Column integer(String name, String title, String description) {
        return new Column(name, title, INTEGER, description);
    }

    public static Column decimal(String name, String title, String description) {
        return new Column(name, title, DECIMAL, description);
    }

    public static Column yesNo(String name, String title, String description) {
        return new Column(name, title, BOOLEAN, description);
    }
}
