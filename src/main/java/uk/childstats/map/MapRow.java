package uk.childstats.map;

/**
 * One force on the map and in the table under it: its figure in words, its class (0 when it has no figure) and the
 * words a screen reader and a tooltip give ("Dorset Police: 5.2 offences per 1,000 children, 2022/23").
 */
public record MapRow(String slug, String name, String href, String valueText, String working, int shade,
                     String shadeText, boolean fewChildren, String accessibleName) {
    public boolean hasValue() {
        return shade > 0;
    }
}
