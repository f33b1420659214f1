package uk.childstats.data;

import static uk.childstats.db.generated.Tables.OFFENCE_CODE;
import static uk.childstats.db.generated.Tables.OFFENCE_CODE_GROUP;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
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
        List<String> problems = new ArrayList<>();
        Map<String, Integer> lineByCode = new HashMap<>();
        try (CSVParser parser = CsvFiles.open(reader)) {
            Map<String, String> titles = CsvFiles.snakeCaseColumns(parser);
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                if (record.size() != titles.size()) {
                    problems.add("line " + line + ": expected " + titles.size() + " columns, found " + record.size());
                    continue;
                }
                String code = record.get(titles.get("offence_code")).trim();
                Integer first = lineByCode.putIfAbsent(code, line);
                if (!grouped.contains(code)) {
                    problems.add("line " + line + ": code '" + code + "' has no offence group on the site "
                            + "(table offence_code_group): it cannot be shown");
                } else if (first != null) {
                    problems.add("line " + line + ": code " + code + " repeats line " + first);
                } else if (record.get(titles.get("offence_description")).isBlank()) {
                    problems.add("line " + line + ": code " + code + " has no description");
                }
                codes.add(new Code(code, record.get(titles.get("offence_description")).trim(),
                        record.get(titles.get("offence_subgroup")).trim(), record.get(titles.get("why_child")).trim()));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (codes.isEmpty() && problems.isEmpty()) {
            problems.add("the file has no offence codes");
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        return codes;
    }
}
