package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.CHILD_POPULATION;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jooq.DSLContext;

/** Replaces the children aged 0 to 17 living in each force area (the denominators of rates) with a file's. */
final class ChildPopulationImporter {
    static final String DATASET = "child_population";
    static final List<String> COLUMNS = List.of("police_force", "nation", "year", "population_0_17", "source");
    private static final Pattern MID_YEAR = Pattern.compile("(19|20)\\d{2}");
    private static final Pattern CHILDREN = Pattern.compile("[1-9]\\d{0,8}");

    private record Force(String slug, String nation) {
    }

    private record Population(String areaSlug, int midYear, int children, String source) {
    }

    private ChildPopulationImporter() {
    }

    static boolean recognises(Set<String> snakeCaseColumns) {
        return snakeCaseColumns.containsAll(COLUMNS);
    }

    static int importFile(DSLContext dsl, String fileName, Reader reader) throws IOException, ImportRejected {
        Map<String, Force> forces = dsl.select(AREA.NAME, AREA.SLUG, AREA.NATION_CODE).from(AREA)
                .where(AREA.KIND.eq("force"), AREA.TERRITORIAL.isTrue())
                .fetchMap(AREA.NAME, r -> new Force(r.get(AREA.SLUG), r.get(AREA.NATION_CODE)));
        List<Population> rows = read(fileName, reader, forces);
        dsl.transaction(tx -> {
            DSLContext t = tx.dsl();
            t.deleteFrom(CHILD_POPULATION).execute();
            var insert = t.insertInto(CHILD_POPULATION, CHILD_POPULATION.AREA_SLUG, CHILD_POPULATION.MID_YEAR,
                    CHILD_POPULATION.CHILDREN, CHILD_POPULATION.SOURCE);
            for (Population row : rows) {
                insert = insert.values(row.areaSlug(), row.midYear(), row.children(), row.source());
            }
            insert.execute();
            Releases.record(t, DATASET, fileName, rows.size());
        });
        return rows.size();
    }

    private static List<Population> read(String fileName, Reader reader, Map<String, Force> forces)
            throws IOException, ImportRejected {
        List<Population> rows = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        Map<String, Integer> lineByForceYear = new HashMap<>();
        try (CSVParser parser = CsvFiles.open(reader)) {
            Map<String, String> titles = CsvFiles.snakeCaseColumns(parser);
            for (CSVRecord record : parser) {
                int line = CsvFiles.lineOf(record);
                List<String> reasons = new ArrayList<>();
                if (record.size() != titles.size()) {
                    reasons.add("expected " + titles.size() + " columns, found " + record.size());
                } else {
                    check(record, titles, forces, reasons, lineByForceYear, line).ifPresent(rows::add);
                }
                reasons.forEach(reason -> problems.add("line " + line + ": " + reason));
            }
        } catch (IllegalStateException | UncheckedIOException e) {
            problems.add("the file is not valid CSV: " + e.getMessage());
        }
        if (rows.isEmpty() && problems.isEmpty()) {
            problems.add("the file has no populations");
        }
        if (!problems.isEmpty()) {
            throw new ImportRejected(fileName, problems);
        }
        return rows;
    }

    private static Optional<Population> check(CSVRecord record, Map<String, String> titles,
            Map<String, Force> forces, List<String> reasons, Map<String, Integer> seen, int line) {
        String force = record.get(titles.get("police_force")).trim();
        Force area = forces.get(force);
        String nation = record.get(titles.get("nation")).trim();
        if (area == null) {
            reasons.add("unknown territorial force '" + force + "'");
        } else if (!area.nation().equals(nation)) {
            reasons.add("nation '" + nation + "' does not match " + force + " (" + area.nation() + ")");
        }
        String year = record.get(titles.get("year")).trim();
        if (!MID_YEAR.matcher(year).matches()) {
            reasons.add("year '" + year + "' is not a mid-year like 2016");
        }
        String children = record.get(titles.get("population_0_17")).trim();
        if (!CHILDREN.matcher(children).matches()) {
            reasons.add("population '" + children + "' is not a whole number above 0");
        }
        if (!reasons.isEmpty()) {
            return Optional.empty();
        }
        Integer first = seen.putIfAbsent(force + "|" + year, line);
        if (first != null) {
            reasons.add(force + " mid-" + year + " repeats line " + first);
        }
        return Optional.of(new Population(area.slug(), Integer.parseInt(year), Integer.parseInt(children),
                record.get(titles.get("source")).trim()));
    }
}
