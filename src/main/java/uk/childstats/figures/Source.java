package uk.childstats.figures;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A page that published figures: its address, headline and, where the page shows it, its date. */
public record Source(String url, String title, String published) {
    /** "Seed article 004_… (no headline supplied; Dorset, NSPCC 2015/16 figures)": the data's only description. */
    private static final Pattern SEED_TITLE = Pattern.compile("^Seed article \\S+ \\(no headline supplied; ([^,]+), (.+)\\)$");
    private static final String NOT_RECORDED = "(its headline and address were not recorded)";

    public boolean isSeed() {
        return url.startsWith("seed:");
    }

    public boolean isLink() {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    public boolean hasDate() {
        return published != null && !published.isBlank();
    }

    /**
     * The words a reader sees for the source: its headline, or for one of the two seed articles what the data says
     * of it, never the internal file name the data files it under.
     */
    public String shownTitle() {
        if (!isSeed()) {
            return title;
        }
        Matcher m = SEED_TITLE.matcher(title == null ? "" : title);
        if (m.matches()) {
            return "A news article on the " + m.group(2) + " for " + m.group(1) + " " + NOT_RECORDED;
        }
        return "A news article " + NOT_RECORDED;
    }
}
