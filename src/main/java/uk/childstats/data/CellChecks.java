package uk.childstats.data;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import uk.childstats.figures.FinancialYear;

/** The checks every line naming an FOI cell gets, in the figures file and in its corrections alike. */
final class CellChecks {
    private static final Pattern WHOLE_NUMBER = Pattern.compile("-?\\d{1,15}");

    private CellChecks() {
    }

    /** False, with a reason, when a line has the wrong number of columns (nothing else can be read from it). */
    static boolean columnCount(int found, int expected, List<String> reasons) {
        if (found != expected) {
            reasons.add("expected " + expected + " columns, found " + found);
        }
        return found == expected;
    }

    /** The slug of a known force or aggregate, or null with a reason. */
    static String area(String name, Map<String, String> slugByName, List<String> reasons) {
        String slug = slugByName.get(name);
        if (slug == null) {
            reasons.add("unknown force or aggregate '" + name + "'");
        }
        return slug;
    }

    /** The year, written like 2016/17; a reason is added when it is not. */
    static Optional<FinancialYear> year(String text, List<String> reasons) {
        Optional<FinancialYear> year = FinancialYear.parse(text).filter(y -> text.contains("/"));
        if (year.isEmpty()) {
            reasons.add("year '" + text + "' is not a financial year written like 2016/17");
        }
        return year;
    }

    static void measure(String code, Set<String> known, List<String> reasons) {
        if (!known.contains(code)) {
            reasons.add("unknown measure '" + code + "'");
        }
    }

    static void wholeNumber(String value, List<String> reasons) {
        if (!WHOLE_NUMBER.matcher(value).matches()) {
            reasons.add("value '" + value + "' is not a whole number (write 1483, not 1,483)");
        }
    }
}
