package uk.childstats.web;

/** What every page's typed model gives the layout: its title and summary, and whether it shows figures (the content note). */
public interface Page {
    String title();

    /** The title in the browser tab and in search results. */
    default String documentTitle() {
        return title() + " – " + Layout.SITE_NAME;
    }

    /** The summary under the title in search results and in links shared on social media. */
    default String description() {
        return title() + ": sexual offences against children recorded by UK police forces, year by year, with the"
                + " source of every figure.";
    }

    default boolean showsFigures() {
        return true;
    }
}
