package uk.childstats.web;

/**
 * Who may keep an answer, and for how long. Browsers never store a page (nothing on a visitor's device should
 * record that they were here), but a CDN or reverse proxy may: pages are the same for everyone until the next
 * release, and the strong ETag lets it revalidate cheaply. Files may be kept by browsers too, revalidated each time.
 * A fingerprinted asset never changes under its name, so it may be kept for a year.
 */
public enum CachePolicy {
    PAGE("no-store"),
    FILE("public, no-cache"),
    ASSET("public, max-age=31536000, immutable");

    /** How long a shared cache keeps a page or file before it asks again with the ETag (a 304 if unchanged). */
    static final String SHARED = "public, max-age=60";

    private final String browsers;

    CachePolicy(String browsers) {
        this.browsers = browsers;
    }

    /** The caching headers, as name and value pairs. */
    String[] headers() {
        if (this == ASSET) {
            return new String[] {"Cache-Control", browsers};
        }
        return new String[] {"Cache-Control", browsers, "CDN-Cache-Control", SHARED, "Surrogate-Control", "max-age=60"};
    }
}
