package uk.childstats.web;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * How to cite the site and on what terms its figures may be re-used: one place for the words that every page,
 * download and metadata file repeats. The About page explains them in full.
 */
public final class Reuse {
    public static final String LICENCE = "The figures are facts and may be re-used freely; cite the original source "
            + "given for each figure. Quotations belong to their publishers: link to the source rather than "
            + "republishing them. Office for National Statistics and Home Office figures contain public sector "
            + "information licensed under the Open Government Licence v3.0.";
    public static final String SOURCE = "Police forces' answers to the NSPCC's yearly Freedom of Information "
            + "requests, as published by the NSPCC and reported by news outlets; each row names the page it was "
            + "read from.";
    public static final String OPEN_GOVERNMENT_LICENCE = "Open Government Licence v3.0";
    public static final String OPEN_GOVERNMENT_LICENCE_URL =
            "https://www.nationalarchives.gov.uk/doc/open-government-licence/version/3/";
    /** The attribution the Open Government Licence asks of everyone who re-uses Home Office or ONS figures. */
    public static final String OPEN_GOVERNMENT_LICENCE_ATTRIBUTION = "Contains public sector information licensed "
            + "under the Open Government Licence v3.0.";
    public static final String DATE_PLACEHOLDER = "[date retrieved]";
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);

    private Reuse() {
    }

    /** "Child sexual offences recorded by UK police, Dorset Police ..., https://.../forces/dorset-police, retrieved 24 November 2026" */
    public static String citation(String title, String url, String retrieved) {
        return Layout.SITE_NAME + ", “" + title + "”, " + url + ", retrieved " + retrieved;
    }

    /** A citation dated the day the page was rendered for, for a page the reader is looking at. */
    public static String citationOn(String title, String url, LocalDate day) {
        return citation(title, url, day.format(DATE));
    }

    /** A citation for a file that may be cached: the reader fills in the date they downloaded it. */
    public static String citationTemplate(String title, String url) {
        return citation(title, url, DATE_PLACEHOLDER);
    }
}
