package uk.childstats.figures;

/** What a figure counts, as listed in the measure table. */
public record Measure(String code, String label, String definition, boolean isCount) {
    public static final String TOTAL = "total_offences";
}
