package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.FOI_RELEASE;
import static uk.childstats.db.generated.Tables.FOI_RELEASE_VALUE;
import static uk.childstats.db.generated.Tables.MEASURE;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;

/**
 * The releases of the FOI figures on record, and what each changed against the one before: a query of the values
 * every release showed. A figure is one value shown: an area's year for one measure.
 */
public final class FoiReleaseHistory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private static final DateTimeFormatter MONTH = DateTimeFormatter.ofPattern("MMMM yyyy", Locale.UK);
    private final DSLContext dsl;

    public record Release(int id, String latestPublished, String fileName, String sha256, LocalDateTime importedAt,
                          int added, int revised, int withdrawn) {
        /** "NSPCC FOI figures, as published up to 12 January 2024": the newest publication its sources date. */
        public String name() {
            return "NSPCC FOI figures, as published up to " + publishedText();
        }

        public String publishedText() {
            if (latestPublished == null) {
                return "an undated publication";
            }
            return latestPublished.length() == 7 ? MONTH.format(YearMonth.parse(latestPublished))
                    : DAY.format(LocalDate.parse(latestPublished));
        }

        public String href() {
            return "/about/revisions/foi/" + id;
        }
    }

    /** One figure a release changed: "Suffolk Constabulary, 2015/16, total offences: 608 → 604 (−4)". */
    public record Change(String force, String year, String measure, Long was, Long now) {
        public String wasText() {
            return was == null ? "not shown" : String.format(Locale.UK, "%,d", was);
        }

        public String nowText() {
            return now == null ? "withdrawn" : String.format(Locale.UK, "%,d", now);
        }

        public String changeText() {
            return was == null || now == null ? "" : String.format(Locale.UK, "%+,d", now - was);
        }
    }

    /** A cell and its value, as one release showed it. */
    record Value(String areaSlug, String year, String measure, long value) {
        String cell() {
            return areaSlug + "|" + year + "|" + measure;
        }
    }

    public FoiReleaseHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Newest first. */
    public List<Release> releases() {
        return dsl.selectFrom(FOI_RELEASE).orderBy(FOI_RELEASE.ID.desc())
                .fetch(r -> new Release(r.getId(), r.getLatestPublished(), r.getFileName(), r.getSha256(),
                        r.getImportedAt(), r.getFiguresAdded(), r.getFiguresRevised(), r.getFiguresWithdrawn()));
    }

    public Optional<Release> release(int id) {
        return releases().stream().filter(r -> r.id() == id).findFirst();
    }

    public Optional<Release> previous(Release release) {
        return releases().stream().filter(r -> r.id() < release.id()).findFirst();
    }

    /** The figures this release revised or withdrew, by area, year and measure; none for the first release. */
    public List<Change> changes(Release release) {
        Optional<Release> previous = previous(release);
        if (previous.isEmpty()) {
            return List.of();
        }
        Map<String, Record> before = rows(previous.get().id());
        Map<String, Record> after = rows(release.id());
        List<Change> changes = new ArrayList<>();
        before.forEach((cell, was) -> {
            Record now = after.get(cell);
            Long nowValue = now == null ? null : now.get(FOI_RELEASE_VALUE.VALUE);
            if (!Objects.equals(nowValue, was.get(FOI_RELEASE_VALUE.VALUE))) {
                changes.add(new Change(was.get(AREA.NAME), was.get(FOI_RELEASE_VALUE.YEAR_LABEL),
                        was.get(MEASURE.LABEL), was.get(FOI_RELEASE_VALUE.VALUE), nowValue));
            }
        });
        return changes;
    }

    private Map<String, Record> rows(int releaseId) {
        Map<String, Record> rows = new java.util.LinkedHashMap<>();
        dsl.select(FOI_RELEASE_VALUE.AREA_SLUG, AREA.NAME, FOI_RELEASE_VALUE.YEAR_LABEL,
                        FOI_RELEASE_VALUE.MEASURE_CODE, MEASURE.LABEL, FOI_RELEASE_VALUE.VALUE)
                .from(FOI_RELEASE_VALUE).join(AREA).on(AREA.SLUG.eq(FOI_RELEASE_VALUE.AREA_SLUG))
                .join(MEASURE).on(MEASURE.CODE.eq(FOI_RELEASE_VALUE.MEASURE_CODE))
                .where(FOI_RELEASE_VALUE.RELEASE_ID.eq(releaseId))
                .orderBy(AREA.NAME, FOI_RELEASE_VALUE.YEAR_LABEL, MEASURE.SORT_ORDER)
                .forEach(r -> rows.put(r.get(FOI_RELEASE_VALUE.AREA_SLUG) + "|" + r.get(FOI_RELEASE_VALUE.YEAR_LABEL)
                        + "|" + r.get(FOI_RELEASE_VALUE.MEASURE_CODE), r));
        return rows;
    }

    /**
     * Records an import as a new release with what it changed against the newest one on record; returns the
     * summary line ("against the NSPCC FOI figures, ..., 3 figure(s) added, 1 revised and 0 withdrawn").
     */
    static String record(DSLContext dsl, String fileName, String sha256, String latestPublished,
                         List<Value> values) {
        Optional<Release> previous = new FoiReleaseHistory(dsl).releases().stream().findFirst();
        Map<String, Long> before = new HashMap<>();
        previous.ifPresent(p -> dsl.selectFrom(FOI_RELEASE_VALUE).where(FOI_RELEASE_VALUE.RELEASE_ID.eq(p.id()))
                .forEach(r -> before.put(r.getAreaSlug() + "|" + r.getYearLabel() + "|" + r.getMeasureCode(),
                        r.getValue())));
        int added = 0;
        int revised = 0;
        Map<String, Long> after = new HashMap<>();
        for (Value value : values) {
            after.put(value.cell(), value.value());
            Long was = before.get(value.cell());
            if (was == null) {
                added++;
            } else if (was != value.value()) {
                revised++;
            }
        }
        int withdrawn = (int) before.keySet().stream().filter(cell -> !after.containsKey(cell)).count();
        int id = dsl.insertInto(FOI_RELEASE).set(FOI_RELEASE.FILE_NAME, fileName)
                .set(FOI_RELEASE.LATEST_PUBLISHED, latestPublished).set(FOI_RELEASE.SHA256, sha256)
                .set(FOI_RELEASE.FIGURES_ADDED, added).set(FOI_RELEASE.FIGURES_REVISED, revised)
                .set(FOI_RELEASE.FIGURES_WITHDRAWN, withdrawn).returning(FOI_RELEASE.ID).fetchSingle().getId();
        var insert = dsl.insertInto(FOI_RELEASE_VALUE, FOI_RELEASE_VALUE.RELEASE_ID, FOI_RELEASE_VALUE.AREA_SLUG,
                FOI_RELEASE_VALUE.YEAR_LABEL, FOI_RELEASE_VALUE.MEASURE_CODE, FOI_RELEASE_VALUE.VALUE);
        for (Value value : values) {
            insert = insert.values(id, value.areaSlug(), value.year(), value.measure(), value.value());
        }
        if (!values.isEmpty()) {
            insert.execute();
        }
        return String.format(Locale.UK, "%s: %s, %,d figure(s) added, %,d revised and %,d withdrawn",
                new Release(id, latestPublished, fileName, sha256, null, added, revised, withdrawn).name(),
                previous.map(p -> "against the " + p.name() + " imported before").orElse("the first release on record"),
                added, revised, withdrawn);
    }
}
