package uk.childstats.figures;

/**
 * The change in a published value from the previous year, and whether the two values came from different
 * sources, which a reader should be told beside the change.
 */
public record Change(YearOnYear yearOnYear, Cell before, Cell now) {

    public static Change between(Cell before, Cell now) {
        return before == null || now == null ? null : new Change(new YearOnYear(before.value(), now.value()), before, now);
    }

    public String text() {
        return yearOnYear.text();
    }

    /** "422 against 332, up 90 (27.1%)" */
    public String sentence() {
        return Format.number(now.value()) + " in " + now.year().label() + " against "
                + Format.number(before.value()) + " in " + before.year().label() + ", " + text();
    }

    public String working() {
        return yearOnYear.working();
    }

    public boolean differentSources() {
        return before.chosen() != null && now.chosen() != null
                && !before.chosen().source().url().equals(now.chosen().source().url());
    }

    public String sourceNote() {
        return differentSources() ? "The " + before.year().label() + " and " + now.year().label()
                + " figures come from different sources." : "";
    }
}
