package uk.childstats.export;

import java.util.List;

/**
 * Answers that depend on what the visitor asked, so no file can hold them: any address with a query string
 * (comparisons, map choices), finding a force by postcode, and the comparison CSV. A static host leaves them to a
 * running app, or to nothing.
 */
public final class LiveOnly {
    /** Paths answered only by the app, whatever the query. */
    public static final List<String> PATHS = List.of("/find", "/api/find", "/compare.csv");

    private LiveOnly() {
    }

    public static boolean isLiveOnly(String pathAndQuery) {
        return pathAndQuery.contains("?") || PATHS.contains(pathAndQuery);
    }
}
