package uk.childstats.support;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.csv.CSVRecord;

/** The geography data files read directly, as the oracle for the find and map tests. */
public final class GeographyFiles {
    public static final Path POSTCODES = Path.of("data", "postcode_district_to_police_force.csv");
    public static final Path COUNCILS = Path.of("data", "local_authority_to_police_force.csv");
    public static final Path AREAS = Path.of("data", "police_force_areas.geojson");

    private GeographyFiles() {
    }

    /** District → its rows, in file order. */
    public static Map<String, List<CSVRecord>> districts() {
        Map<String, List<CSVRecord>> districts = new LinkedHashMap<>();
        for (CSVRecord r : HomeOfficeCsv.records(POSTCODES)) {
            districts.computeIfAbsent(r.get("postcode_district"), d -> new ArrayList<>()).add(r);
        }
        return districts;
    }

    /** The forces of a district in file order. */
    public static List<String> forcesOfDistrict(String district) {
        return districts().get(district).stream().map(r -> r.get("police_force")).toList();
    }

    /** As the data README says: a grouped district whose group crosses a force boundary. */
    public static boolean uncertain(List<CSVRecord> rows) {
        return rows.size() > 1 && rows.stream().anyMatch(r -> r.get("source").contains("merged district group"));
    }

    /** The force of the one council whose name contains the words given. */
    public static String forceOfCouncil(String nameContains) {
        List<CSVRecord> found = HomeOfficeCsv.records(COUNCILS).stream()
                .filter(r -> r.get("local_authority_name").toLowerCase(Locale.ROOT)
                        .contains(nameContains.toLowerCase(Locale.ROOT))).toList();
        if (found.size() != 1) {
            throw new AssertionError(found.size() + " councils contain " + nameContains);
        }
        return found.get(0).get("police_force");
    }

    /** The page address of a force, from its official name ("Dorset Police" → /forces/dorset-police). */
    public static String forcePage(String officialName) {
        return "/forces/" + officialName.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
