package uk.childstats.data;

import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;

/** Replaces the list of child offence codes (what each means, why its victim is a child) with a file's. */
final class OffenceCodesImporter {
    static final String DATASET = "offence_codes";
    static final List<String> COLUMNS = List.of("offence_code", "offence_description", "offence_subgroup", "why_child");

    private record Code(String code, String description, String subgroup, String whyChild) {
    }

    private OffenceCodesImporter() {
    }

    static boolean recognises(Set<String> snakeCaseColumns) {
        return snakeCaseColumns.containsAll(COLUMNS) && !HomeOfficeFile.recognises(snakeCaseColumns);
    }

    static int importFile(DSLContext dsl, String fileName, Reader reader) throws IOException, ImportRejected {
        Set<String> grouped = Set.copyOf(dsl.select(OFFENCE_CODE_GROUP.OFFENCE_CODE).from(OFFENCE_CODE_GROUP)
                .fetch(OFFENCE_CODE_GROUP.OFFENCE_CODE));
        List<Code> codes = read(fileName, reader, grouped);
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(OFFENCE_CODE).execute();
            var insert = t.insertInto(OFFENCE_CODE, OFFENCE_CODE.CODE, OFFENCE_CODE.DESCRIPTION,
                    OFFENCE_CODE.SUBGROUP, OFFENCE_CODE.WHY_CHILD);
            for (Code code : codes) {
                insert = insert.values(code.code(), code.description(), code.subgroup(), code.whyChild());
            }
            insert.execute();
            Releases.record(t, DATASET, fileName, codes.size());
        });
        return codes.size();
    }

    private static List<Code> read(String fileName, Reader reader, Set<String> grouped)
            throws IOException, ImportRejected {
        List<Code> codes = new ArrayList<>();
        Map<String, Integer> lineByCode = new HashMap<>();
        List<String> problems = LookupRows.read(reader, COLUMNS, (line, row) -> {
            String code = row.get("offence_code");
            Integer first = lineByCode.putIfAbsent(code, line);
            codes.add(new Code(code, row.get("offence_description"), row.get("offence_subgroup"),
                    row.get("why_child")));
            if (!grouped.contains(code)) {
                return List.of("code '" + code + "' has no offence group on the site (table offence_code_group): "
                        + "it cannot be shown");
            }
            if (first != null) {
                return List.of("code " + code + " repeats line " + first);
            }
            return row.get("offence_description").isEmpty() ? List.of("code " + code + " has no description")
                    : List.of();
        });
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.add("the file has no offence codes");
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        return codes;
    }
}
