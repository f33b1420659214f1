package uk.childstats.web;

/**
 * What the layout needs on every page: the site's name, where the exit button goes, the current path, and
 * whether the page carries figures (and so a content note). Help details come from {@link Helplines}.
 */
public record Layout(String siteName, String exitUrl, String path, boolean showsFigures) {
    public static final String SITE_NAME = "Child sexual offences recorded by UK police";
}
