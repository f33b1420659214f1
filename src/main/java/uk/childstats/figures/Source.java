package uk.childstats.figures;

/** A page that published figures: its address, headline and, where the page shows it, its date. */
public record Source(String url, String title, String published) {
    public boolean isSeed() {
        return url.startsWith("seed:");
    }

    public boolean isLink() {
        return url.startsWith("http://") || url.startsWith("https://");
    }

    public boolean hasDate() {
        return published != null && !published.isBlank();
    }
}
