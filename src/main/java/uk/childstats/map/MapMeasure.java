package uk.childstats.map;

import java.util.Arrays;
import java.util.Optional;

/** What the map can shade the areas by, chosen with ?measure=. */
public enum MapMeasure {
    OFFICIAL_RATE("official-rate", "Official figures: offences per 1,000 children",
            "offences per 1,000 children"),
    OFFICIAL_COUNT("official-count", "Official figures: offences recorded", "offences recorded"),
    FOI_COUNT("foi-count", "FOI figures: offences recorded, as forces told the NSPCC", "offences recorded (FOI)");

    private final String slug;
    private final String label;
    private final String unit;

    MapMeasure(String slug, String label, String unit) {
        this.slug = slug;
        this.label = label;
        this.unit = unit;
    }

    static Optional<MapMeasure> parse(String slug) {
        return Arrays.stream(values()).filter(m -> m.slug.equals(slug)).findFirst();
    }

    public String slug() {
        return slug;
    }

    public String label() {
        return label;
    }

    /** What a figure counts, after the number: "5.2 offences per 1,000 children". */
    public String unit() {
        return unit;
    }

    boolean official() {
        return this != FOI_COUNT;
    }
}
