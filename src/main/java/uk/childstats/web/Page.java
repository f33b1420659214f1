package uk.childstats.web;

/** What every page's typed model gives the layout: its title, and whether it shows figures (the content note). */
public interface Page {
    String title();

    default boolean showsFigures() {
        return true;
    }
}
