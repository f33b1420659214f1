package uk.childstats.figures;


/**
 * One published figure with the source that published it and the words it used. articleYear is the year the
 * figure was filed under: a year later than the cell for a "previous year reported" figure.
 */
public record Evidence(long value, String measureCode, FinancialYear articleYear, Source source, String quote,
                       String setAsideReason) {
    /** The outlet printed this row wrongly (foi_errata.csv): it is listed, never chosen. */
    public boolean setAside() {
        return setAsideReason != null;
    }

    public String valueText() {
        return Format.number(value);
    }
}
