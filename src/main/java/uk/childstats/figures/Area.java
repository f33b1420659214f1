package uk.childstats.figures;

/** A police force, or an aggregate of forces such as "All UK forces". */
public record Area(String slug, String name, String nation, boolean isForce, boolean territorial) {
    public static final String UK_TOTAL = "all-uk-forces";
    public static final String ENGLAND_AND_WALES_TOTAL = "all-england-and-wales-forces";

}
