package uk.childstats.web;

/** What every page's typed model gives the layout: its title, and whether it shows figures (the content note). */
public interface Page {
    String title();

    /** The title in the browser tab and in search results. */
    default String documentTitle() {
        return title() + " – " + Layout.SITE_NAME;
    }

    default boolean showsFigures() {
        return true;
    }
}
