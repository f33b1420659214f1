package uk.childstats.figures;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A financial year, 1 April to 31 March, written 2016/17 and addressed in URLs as 2016-17. */
public record FinancialYear(int startYear) implements Comparable<FinancialYear> {
    private static final Pattern LABEL = Pattern.compile("(\\d{4})[/-](\\d{2})");

    public static Optional<FinancialYear> parse(String text) {
        Matcher m = LABEL.matcher(text == null ? "" : text.trim());
        if (!m.matches()) {
            return Optional.empty();
        }
        int start = Integer.parseInt(m.group(1));
        int end = Integer.parseInt(m.group(2));
        return end == (start + 1) % 100 ? Optional.of(new FinancialYear(start)) : Optional.empty();
    }

    public String label() {
        return startYear + "/" + String.format("%02d", (startYear + 1) % 100);
    }

    public String slug() {
        return label().replace('/', '-');
    }

    public FinancialYear previous() {
        return new FinancialYear(startYear - 1);
    }

    /** Hours from 1 April to the next 1 April: 8,784 when the year takes in 29 February. */
    public long hours() {
        LocalDate start = LocalDate.of(startYear, 4, 1);
        return ChronoUnit.DAYS.between(start, start.plusYears(1)) * 24;
    }

    /** Every year from the earliest to the latest of these, none skipped, so a chart's axis shows each gap. */
    public static List<FinancialYear> continuous(Collection<FinancialYear> years) {
        if (years.isEmpty()) {
            return List.of();
        }
        int first = Collections.min(years).startYear();
        int last = Collections.max(years).startYear();
        return IntStream.rangeClosed(first, last).mapToObj(FinancialYear::new).toList();
    }

    @Override
    public int compareTo(FinancialYear other) {
        return Integer.compare(startYear, other.startYear);
    }

    @Override
    public String toString() {
        return label();
    }
}
