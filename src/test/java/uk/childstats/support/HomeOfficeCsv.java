package uk.childstats.support;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The tests' own reading of the bundled Home Office file, so sums on pages are checked against the file itself. */
public final class HomeOfficeCsv {
    /** The release the site shows by default: the newest. */
    public static final Path FILE = Path.of("data", "prc-pfa-mar2013-onwards-tables-child-codes-230426.csv");
    /** The earlier release, bundled so that the revisions between the two are real. */
    public static final Path OCTOBER_2023 = Path.of("data", "home_office_prc_child_sexual_offences.csv");
    public static final Path POPULATION = Path.of("data", "child_population_by_police_force.csv");
    public static final String BTP = "British Transport Police";

    private HomeOfficeCsv() {
    }

    public static List<CSVRecord> records(Path file) {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The rows of the years that have all four quarters in a file: a year with fewer is never a year. */
    public static List<CSVRecord> completeYearRecords(Path file) {
        List<CSVRecord> all = records(file);
        Map<String, java.util.Set<String>> quarters = new TreeMap<>();
        all.forEach(r -> quarters.computeIfAbsent(r.get("financial_year"), y -> new java.util.TreeSet<>())
                .add(r.get("financial_quarter")));
        return all.stream().filter(r -> quarters.get(r.get("financial_year")).size() == 4).toList();
    }

    /** Home Office force name → financial year → sum of its quarters, over every code. */
    public static Map<String, Map<String, Long>> yearTotalsByForce() {
        return yearTotalsByForce(FILE);
    }

    public static Map<String, Map<String, Long>> yearTotalsByForce(Path file) {
        Map<String, Map<String, Long>> totals = new TreeMap<>();
        for (CSVRecord r : completeYearRecords(file)) {
            totals.computeIfAbsent(r.get("force_name"), k -> new TreeMap<>())
                    .merge(r.get("financial_year"), Long.parseLong(r.get("number_of_offences")), Long::sum);
        }
        return totals;
    }

    /** "force|year|code" → sum of the four quarters. */
    public static Map<String, Long> yearCountsByForceAndCode() {
        Map<String, Long> counts = new TreeMap<>();
        for (CSVRecord r : completeYearRecords(FILE)) {
            counts.merge(r.get("force_name") + "|" + r.get("financial_year") + "|" + r.get("offence_code"),
                    Long.parseLong(r.get("number_of_offences")), Long::sum);
        }
        return counts;
    }

    /** Financial year → the sum over every force except British Transport Police. */
    public static Map<String, Long> englandAndWalesTotals() {
        Map<String, Long> totals = new TreeMap<>();
        yearTotalsByForce().forEach((force, years) -> {
            if (!force.equals(BTP)) {
                years.forEach((year, n) -> totals.merge(year, n, Long::sum));
            }
        });
        return totals;
    }

    /** Children aged 0 to 17 in a force area at mid-year, from the population file. */
    public static long children(String forceName, int midYear) {
        return records(POPULATION).stream()
                .filter(r -> r.get("police_force").equals(forceName) && r.get("year").equals(String.valueOf(midYear)))
                .mapToLong(r -> Long.parseLong(r.get("population_0_17"))).findFirst().orElseThrow();
    }

    public static String text() {
        return text(FILE);
    }

    public static String text(Path file) {
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
