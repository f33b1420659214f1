package uk.childstats.official;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import uk.childstats.web.Reuse;

/** The Home Office release the official figures come from, and the source line every table of them carries. */
public record Release(String name, LocalDate published) {
    private static final DateTimeFormatter LONG_DATE = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    static final String LICENCE = Reuse.OPEN_GOVERNMENT_LICENCE_ATTRIBUTION;

    public String publishedText() {
        return LONG_DATE.format(published);
    }

    /** "Source: Home Office, police recorded crime open data tables, release of 19 October 2023. Contains ..." */
    public String sourceLine() {
        return "Source: " + name + ", release of " + publishedText() + ". " + LICENCE;
    }
}
