package uk.childstats.data;

import static uk.childstats.db.generated.Tables.LOCAL_AUTHORITY;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/** Replaces the council areas (local authorities) and the force covering each with a file's, all or nothing. */
final class LocalAuthorityImporter {
    static final String DATASET = "local_authorities";
    static final List<String> COLUMNS = List.of("local_authority_code", "local_authority_name", "nation",
            "police_force", "source");
    private static final Pattern CODE = Pattern.compile("[ENSW]\\d{8}");

    private record Council(String code, String name, String nation, String areaSlug) {
    }

    private LocalAuthorityImporter() {
    }

    static boolean recognises(Set<String> snakeCaseColumns) {
        return snakeCaseColumns.containsAll(COLUMNS);
    }

    static int importFile(DSLContext dsl, String fileName, Reader reader) throws IOException, ImportRejected {
        Map<String, TerritorialForces.Force> forces = TerritorialForces.byName(dsl);
        List<Council> councils = new ArrayList<>();
        Set<String> codes = new HashSet<>();
        List<String> problems = LookupRows.read(reader, COLUMNS, (line, row) -> {
            List<String> reasons = new ArrayList<>();
            String code = row.get("local_authority_code");
            TerritorialForces.Force force = forces.get(row.get("police_force"));
            if (!CODE.matcher(code).matches()) {
                reasons.add("council code '" + code + "' is not a GSS code like E06000023");
            } else if (!codes.add(code)) {
                reasons.add("council code " + code + " appears twice");
            }
            if (row.get("local_authority_name").isEmpty()) {
                reasons.add("the council has no name");
            }
            if (force == null) {
                reasons.add("unknown territorial force '" + row.get("police_force") + "'");
            } else if (!force.nation().equals(row.get("nation"))) {
                reasons.add("nation '" + row.get("nation") + "' does not match " + row.get("police_force"));
            }
            if (reasons.isEmpty()) {
                councils.add(new Council(code, row.get("local_authority_name"), row.get("nation"), force.slug()));
            }
            return reasons;
        });
        LookupRows.rejectIfAny(fileName, problems, councils.isEmpty());
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(LOCAL_AUTHORITY).execute();
            var insert = t.insertInto(LOCAL_AUTHORITY, LOCAL_AUTHORITY.CODE, LOCAL_AUTHORITY.NAME,
                    LOCAL_AUTHORITY.NATION_CODE, LOCAL_AUTHORITY.AREA_SLUG);
            for (Council c : councils) {
                insert = insert.values(c.code(), c.name(), c.nation(), c.areaSlug());
            }
            insert.execute();
            Releases.record(t, DATASET, fileName, councils.size());
        });
        return councils.size();
    }

    /** Council code → force slug, as imported. */
    static Map<String, String> forceOfCouncil(DSLContext dsl) {
        return dsl.select(LOCAL_AUTHORITY.CODE, LOCAL_AUTHORITY.AREA_SLUG).from(LOCAL_AUTHORITY)
                .fetchMap(LOCAL_AUTHORITY.CODE, LOCAL_AUTHORITY.AREA_SLUG);
    }
}
