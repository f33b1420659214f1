package uk.childstats.data;

import static uk.childstats.db.generated.Tables.POSTCODE_DISTRICT_FORCE;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Replaces the postcode districts and the forces covering them with a file's, all or nothing. Read after the councils:
 * every council a row lists must be a council of that row's force.
 */
final class PostcodeDistrictImporter {
    static final String DATASET = "postcode_districts";
    static final List<String> COLUMNS = List.of("postcode_district", "police_force", "local_authority_codes", "source");
    private static final Pattern DISTRICT = Pattern.compile("[A-Z]{1,2}\\d[A-Z\\d]?");
    /** How the source marks a district given its merged group's councils rather than its own. */
    private static final String MERGED_GROUP = "merged district group";

    private record Row(String district, String areaSlug, String councils, boolean grouped) {
    }

    private PostcodeDistrictImporter() {
    }

    static boolean recognises(Set<String> snakeCaseColumns) {
        return snakeCaseColumns.containsAll(COLUMNS);
    }

    static int importFile(DSLContext dsl, String fileName, Reader reader) throws IOException, ImportRejected {
        Map<String, TerritorialForces.Force> forces = TerritorialForces.byName(dsl);
        Map<String, String> forceOfCouncil = LocalAuthorityImporter.forceOfCouncil(dsl);
        Map<String, List<Row>> districts = new LinkedHashMap<>();
        List<String> problems = LookupRows.read(reader, COLUMNS, (line, row) -> {
            List<String> reasons = new ArrayList<>();
            String district = row.get("postcode_district");
            TerritorialForces.Force force = forces.get(row.get("police_force"));
            if (!DISTRICT.matcher(district).matches()) {
                reasons.add("'" + district + "' is not a postcode district like BS1 or SW1A");
            }
            if (force == null) {
                reasons.add("unknown territorial force '" + row.get("police_force") + "'");
                return reasons;
            }
            for (String council : row.get("local_authority_codes").split(";")) {
                if (!force.slug().equals(forceOfCouncil.get(council))) {
                    reasons.add("council '" + council + "' is not a council of " + row.get("police_force"));
                }
            }
            List<Row> rows = districts.computeIfAbsent(district, d -> new ArrayList<>());
            if (rows.stream().anyMatch(r -> r.areaSlug().equals(force.slug()))) {
                reasons.add(district + " lists " + row.get("police_force") + " twice");
            }
            if (reasons.isEmpty()) {
                rows.add(new Row(district, force.slug(), row.get("local_authority_codes"),
                        row.get("source").contains(MERGED_GROUP)));
            }
            return reasons;
        });
        LookupRows.rejectIfAny(fileName, problems, districts.isEmpty());
        int count = districts.values().stream().mapToInt(List::size).sum();
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(POSTCODE_DISTRICT_FORCE).execute();
            var insert = t.insertInto(POSTCODE_DISTRICT_FORCE, POSTCODE_DISTRICT_FORCE.DISTRICT,
                    POSTCODE_DISTRICT_FORCE.POSITION, POSTCODE_DISTRICT_FORCE.AREA_SLUG,
                    POSTCODE_DISTRICT_FORCE.LOCAL_AUTHORITY_CODES, POSTCODE_DISTRICT_FORCE.UNCERTAIN);
            for (List<Row> rows : districts.values()) {
                // A merged group that crosses a force boundary may list a force that does not touch the district.
                boolean uncertain = rows.size() > 1 && rows.stream().anyMatch(Row::grouped);
                for (int i = 0; i < rows.size(); i++) {
                    Row r = rows.get(i);
                    insert = insert.values(r.district(), i + 1, r.areaSlug(), r.councils(), uncertain);
                }
            }
            insert.execute();
            Releases.record(t, DATASET, fileName, count);
        });
        return count;
    }
}
