package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FIGURE;
import static uk.childstats.db.generated.Tables.MEASURE;
import static uk.childstats.db.generated.Tables.PUBLISHED_VALUE;
import static uk.childstats.db.generated.Tables.SOURCE;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.DSLContext;
import uk.childstats.data.OneValuePerCell.Candidate;
import uk.childstats.data.OneValuePerCell.Correction;
import uk.childstats.figures.FinancialYear;
import uk.childstats.figures.Source;

/**
 * Replaces the FOI figures with the contents of a file and its corrections, in one transaction, and picks one value
 * per cell.
 */
final class FoiImporter {
    static final String DATASET = "foi";

    private FoiImporter() {
    }

    /**
     * Imports the figures, and the corrections read with them when there are any: both files are checked before
     * anything is written.
     */
    static int importFile(DSLContext dsl, String fileName, Reader reader,
                          Optional<FoiCorrectionsFile.Text> correctionsFile) throws IOException, ImportRejected {
        return importFile(dsl, fileName, null, reader, correctionsFile, Optional.empty(), notice -> { });
    }

    /**
     * With the errata too: the lines they set aside are kept as published and never chosen. The import is recorded
     * as a release of the FOI figures, and a notice says what it changed against the release before.
     */
    static int importFile(DSLContext dsl, String fileName, String sha256, Reader reader,
                          Optional<FoiCorrectionsFile.Text> correctionsFile,
                          Optional<FoiCorrectionsFile.Text> errataFile, Consumer<String> notices)
            throws IOException, ImportRejected {
        String inputs = sha256 == null ? null : Checksums.sha256((sha256 + "\n"
                + correctionsFile.map(FoiCorrectionsFile.Text::text).orElse("") + "\n"
                + errataFile.map(FoiCorrectionsFile.Text::text).orElse("")).getBytes(StandardCharsets.UTF_8));
        Optional<FoiReleaseHistory.Release> shown = new FoiReleaseHistory(dsl).releases().stream().findFirst();
        if (inputs != null && shown.isPresent() && inputs.equals(shown.get().sha256())) {
            notices.accept(fileName + " with the same corrections and errata is the release already shown ("
                    + shown.get().name() + ", same SHA-256): nothing to do");
            return 0;
        }
        FoiFile.Reference reference = reference(dsl);
        List<FoiRow> rows = FoiFile.read(fileName, reader, reference);
        Map<String, String> reportsMeasure = dsl.select(MEASURE.CODE, MEASURE.REPORTS_MEASURE_CODE).from(MEASURE)
                .where(MEASURE.REPORTS_MEASURE_CODE.isNotNull())
                .fetchMap(MEASURE.CODE, MEASURE.REPORTS_MEASURE_CODE);
        List<Candidate> candidates = rows.stream().map(r -> candidate(r, reportsMeasure)).toList();
        List<Correction> corrections = correctionsFile.isEmpty() ? List.of() : FoiCorrectionsFile.read(
                correctionsFile.get(), reference, FoiCorrectionsFile.Published.of(rows, candidates));
        Map<Integer, String> setAside = errataFile.isEmpty() ? Map.of()
                : FoiErrataFile.read(errataFile.get(), reference, rows);
        List<String> impossible = AgeBandChecks.problems(rows, setAside);
        if (!impossible.isEmpty()) {
            throw new ImportRejected(fileName, impossible);
        }
        String imported = correctionsFile.map(c -> fileName + " with " + c.fileName()).orElse(fileName)
                + errataFile.map(e -> " and " + e.fileName()).orElse("");
        String latestPublished = rows.stream().map(r -> r.source().published()).filter(p -> p != null && !p.isBlank())
                .max(String::compareTo).orElse(null);
        dsl.transaction(tx -> {
            List<OneValuePerCell.Choice> choices = replaceAll(tx.dsl(), rows, candidates, corrections, setAside,
                    imported);
            notices.accept(FoiReleaseHistory.record(tx.dsl(), imported, inputs, latestPublished, choices.stream()
                    .map(c -> new FoiReleaseHistory.Value(c.cell().areaSlug(), c.cell().year(), c.cell().measure(),
                            c.value())).toList()));
        });
        return rows.size();
    }

    private static FoiFile.Reference reference(DSLContext dsl) {
        Map<String, String> slugs = dsl.select(AREA.NAME, AREA.SLUG).from(AREA).fetchMap(AREA.NAME, AREA.SLUG);
        Map<String, String> nations = dsl.select(AREA.NAME, AREA.NATION_CODE).from(AREA)
                .fetchMap(AREA.NAME, AREA.NATION_CODE);
        Set<String> measures = Set.copyOf(dsl.select(MEASURE.CODE).from(MEASURE).fetch(MEASURE.CODE));
        return new FoiFile.Reference(slugs, nations, measures);
    }

    private static List<OneValuePerCell.Choice> replaceAll(DSLContext dsl, List<FoiRow> rows,
            List<Candidate> candidates, List<Correction> corrections, Map<Integer, String> setAside,
            String imported) {
        dsl.deleteFrom(PUBLISHED_VALUE).execute();
        dsl.deleteFrom(FIGURE).execute();
        dsl.deleteFrom(SOURCE).execute();
        Years.ensure(dsl, candidates.stream().map(c -> FinancialYear.parse(c.year()).orElseThrow()));
        Years.ensure(dsl, rows.stream().map(FoiRow::year));
        Map<String, Integer> sourceIds = insertSources(dsl, rows);
        insertFigures(dsl, rows, candidates, sourceIds, setAside);
        List<OneValuePerCell.Choice> choices = OneValuePerCell.choose(candidates.stream()
                .filter(c -> !setAside.containsKey(c.line())).toList(), corrections);
        insertChoices(dsl, choices);
        Releases.record(dsl, DATASET, imported, rows.size());
        return choices;
    }

    private static Candidate candidate(FoiRow row, Map<String, String> reportsMeasure) {
        String reported = reportsMeasure.get(row.measureCode());
        FinancialYear year = reported == null ? row.year() : row.year().previous();
        return new Candidate(row.line(), row.areaSlug(), year.label(),
                reported == null ? row.measureCode() : reported, row.value(), row.source().url(),
                row.source().published(), row.quote());
    }

    /** Sources get ids in order of first appearance, so importing the same file twice gives the same rows. */
    private static Map<String, Integer> insertSources(DSLContext dsl, List<FoiRow> rows) {
        Map<String, Source> byUrl = new LinkedHashMap<>();
        for (FoiRow row : rows) {
            byUrl.merge(row.source().url(), row.source(), (first, later) -> first.hasDate() ? first : later);
        }
        Map<String, Integer> ids = new LinkedHashMap<>();
        var insert = dsl.insertInto(SOURCE, SOURCE.ID, SOURCE.URL, SOURCE.TITLE, SOURCE.PUBLISHED);
        for (Source source : byUrl.values()) {
            int id = ids.size() + 1;
            ids.put(source.url(), id);
            insert = insert.values(id, source.url(), source.title(), source.published());
        }
        insert.execute();
        return ids;
    }

    private static void insertFigures(DSLContext dsl, List<FoiRow> rows, List<Candidate> candidates,
                                      Map<String, Integer> sourceIds, Map<Integer, String> setAside) {
        var insert = dsl.insertInto(FIGURE, FIGURE.ID, FIGURE.LINE_NUMBER, FIGURE.AREA_SLUG, FIGURE.YEAR_LABEL,
                FIGURE.MEASURE_CODE, FIGURE.VALUE, FIGURE.SOURCE_ID, FIGURE.QUOTE, FIGURE.CELL_YEAR_LABEL,
                FIGURE.CELL_MEASURE_CODE, FIGURE.SET_ASIDE_REASON);
        for (int i = 0; i < rows.size(); i++) {
            FoiRow row = rows.get(i);
            Candidate cell = candidates.get(i);
            insert = insert.values(row.line(), row.line(), row.areaSlug(), row.year().label(), row.measureCode(),
                    row.value(), sourceIds.get(row.source().url()), row.quote(), cell.year(), cell.measure(),
                    setAside.get(row.line()));
        }
        insert.execute();
    }

    private static void insertChoices(DSLContext dsl, List<OneValuePerCell.Choice> choices) {
        var insert = dsl.insertInto(PUBLISHED_VALUE, PUBLISHED_VALUE.AREA_SLUG, PUBLISHED_VALUE.YEAR_LABEL,
                PUBLISHED_VALUE.MEASURE_CODE, PUBLISHED_VALUE.VALUE, PUBLISHED_VALUE.CHOSEN_FIGURE_ID,
                PUBLISHED_VALUE.REASON);
        for (OneValuePerCell.Choice choice : choices) {
            insert = insert.values(choice.cell().areaSlug(), choice.cell().year(), choice.cell().measure(),
                    choice.value(), choice.chosen().line(), choice.reason());
        }
        insert.execute();
    }
}
