package uk.childstats.data;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVRecord;
import uk.childstats.figures.FinancialYear;

/** The checks every line naming an FOI cell gets, in the figures file and in its corrections alike. */
final class CellChecks {
    private static final Pattern COUNT = Pattern.compile("\\d{1,9}");

    private CellChecks() {
    }

    /** The force, year, measure and count a line of an FOI file names, each checked; reasons say what is wrong. */
    record NamedCell(String force, String slug, Optional<FinancialYear> year, String measure, String value) {
    }

    /**
     * A line of a file that points at one FOI cell with a reason (a correction, an erratum): its columns, its cell and
     * its reason checked; empty, with the reasons, when anything is wrong.
     */
    static Optional<NamedCell> lineWithReason(CSVRecord record, int columns, FoiFile.Reference reference,
                                              String whyAReason, List<String> reasons) {
        if (!columnCount(record.size(), columns, reasons)) {
            return Optional.empty();
        }
        NamedCell named = namedCell(record, reference, reasons);
        if (record.get("reason").isBlank()) {
            reasons.add("reason is empty: " + whyAReason);
        }
        return reasons.isEmpty() ? Optional.of(named) : Optional.empty();
    }

    static NamedCell namedCell(CSVRecord record, FoiFile.Reference reference, List<String> reasons) {
        String force = record.get("force");
        String slug = area(force, reference.slugByName(), reasons);
        Optional<FinancialYear> year = year(record.get("year"), reasons);
        String measure = record.get("measure");
        measure(measure, reference.measures(), reasons);
        String value = record.get("value");
        count(value, reasons);
        return new NamedCell(force, slug, year, measure, value);
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

    /** A count of offences or victims: a whole number, not negative, of at most nine digits. */
    static void count(String value, List<String> reasons) {
        if (value.startsWith("-")) {
            reasons.add("value '" + value + "' is negative: a count of offences or victims cannot be");
        } else if (!COUNT.matcher(value).matches()) {
            reasons.add("value '" + value + "' is not a whole number of at most nine digits (write 1483, not 1,483)");
        }
    }

    /** A publication date written YYYY-MM or YYYY-MM-DD: a real date, and not after today. */
    static void publishedDate(String text, LocalDate today, List<String> reasons) {
        if (text.isEmpty()) {
            return;
        }
        try {
            LocalDate date = text.length() == 7 ? YearMonth.parse(text).atDay(1) : LocalDate.parse(text);
            if (text.length() != 7 && text.length() != 10) {
                throw new DateTimeParseException("length", text, 0);
            }
            if (date.isAfter(today)) {
                reasons.add("published date '" + text + "' is in the future");
            }
        } catch (DateTimeParseException e) {
            reasons.add("published date '" + text + "' is not a real date written YYYY-MM or YYYY-MM-DD");
        }
    }
}
