package uk.childstats.data;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.childstats.figures.FinancialYear;

/**
 * Turns quarters into years. A year is the sum of its four quarters, and a year is published only when every force
 * and code in the file has all four quarters of it: a release that holds only the first quarter of a year must
 * never show that quarter as the year. A quarter may be negative; a year may not.
 */
final class HomeOfficeYears {
    record YearCount(HomeOfficeRow.YearKey key, long offences) {
    }

    private HomeOfficeYears() {
    }

    /**
     * Every hole in the file's grid: within a year, each quarter the file gives must be there for every force and
     * code that the file has anywhere, and only the last year may lack quarters (it is still being recorded).
     */
    static List<String> gaps(List<HomeOfficeRow> rows) {
        Map<String, String> forceNameBySlug = new TreeMap<>();
        SortedSet<String> codes = new TreeSet<>();
        TreeMap<FinancialYear, SortedSet<Integer>> quartersByYear = new TreeMap<>();
        Set<String> present = new HashSet<>();
        for (HomeOfficeRow row : rows) {
            forceNameBySlug.put(row.areaSlug(), row.forceName());
            codes.add(row.offenceCode());
            quartersByYear.computeIfAbsent(row.year(), y -> new TreeSet<>()).add(row.quarter());
            present.add(row.quarterKey());
        }
        List<String> gaps = new ArrayList<>();
        quartersByYear.forEach((year, quarters) -> {
            for (int quarter : quarters) {
                forceNameBySlug.forEach((slug, name) -> {
                    List<String> missing = codes.stream()
                            .filter(code -> !present.contains(year.label() + "|" + quarter + "|" + slug + "|" + code))
                            .toList();
                    if (!missing.isEmpty()) {
                        gaps.add(year.label() + " quarter " + quarter + ": no line for " + name + ", code(s) "
                                + String.join(", ", missing) + " (the file has them for other forces or quarters)");
                    }
                });
            }
            if (quarters.size() < 4 && !year.equals(quartersByYear.lastKey())) {
                gaps.add(year.label() + " has quarter(s) " + quarters + " only, but later years follow it");
            }
        });
        return gaps;
    }

    /** The years of the file that are not published because they lack quarters, as a sentence for the importer. */
    static List<String> unpublishedYears(List<HomeOfficeRow> rows, Set<FinancialYear> complete) {
        return rows.stream().map(HomeOfficeRow::year).filter(year -> !complete.contains(year)).distinct().sorted()
                .map(year -> year.label() + " is not published: the file has only part of its quarters").toList();
    }

    static SortedSet<FinancialYear> completeYears(List<HomeOfficeRow> rows) {
        Set<String> forcesAndCodes = rows.stream().map(r -> r.areaSlug() + "|" + r.offenceCode())
                .collect(Collectors.toSet());
        Map<FinancialYear, Set<String>> quartersByYear = new LinkedHashMap<>();
        for (HomeOfficeRow row : rows) {
            quartersByYear.computeIfAbsent(row.year(), y -> new HashSet<>())
                    .add(row.areaSlug() + "|" + row.offenceCode() + "|" + row.quarter());
        }
        SortedSet<FinancialYear> complete = new TreeSet<>();
        quartersByYear.forEach((year, quarters) -> {
            if (quarters.size() == forcesAndCodes.size() * 4) {
                complete.add(year);
            }
        });
        return complete;
    }

    /** The yearly counts of the complete years; a negative year rejects the file. */
    static List<YearCount> counts(String fileName, List<HomeOfficeRow> rows, Set<FinancialYear> completeYears)
            throws ImportRejected {
        Map<HomeOfficeRow.YearKey, List<HomeOfficeRow>> byYear = rows.stream()
                .filter(r -> completeYears.contains(r.year()))
                .collect(Collectors.groupingBy(HomeOfficeRow::yearKey, LinkedHashMap::new, Collectors.toList()));
        List<YearCount> counts = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        byYear.forEach((key, quarters) -> {
            long sum = quarters.stream().mapToLong(HomeOfficeRow::offences).sum();
            if (sum > Integer.MAX_VALUE) {
                problems.add(quarters.get(0).forceName() + ", " + key.year().label() + ", code " + key.offenceCode()
                        + " sums to " + sum + " over the year, more than any real count");
            }
            if (sum < 0) {
                HomeOfficeRow first = quarters.get(0);
                problems.add("lines " + quarters.stream().map(r -> String.valueOf(r.line()))
                        .collect(Collectors.joining(", ")) + ": " + first.forceName() + ", " + key.year().label()
                        + ", code " + key.offenceCode() + " sums to " + sum + " over the year; a year cannot be negative");
            }
            counts.add(new YearCount(key, sum));
        });
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        if (counts.isEmpty()) {
            throw new ImportRejected(fileName, List.of("the file has no year with all four quarters"));
        }
        return counts;
    }
}
