package uk.childstats.data;

import static uk.childstats.db.generated.Tables.AREA;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;
import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE_COUNT;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;

/**
 * The releases of the official series on record, and what each revised: a query of the counts every release kept,
 * never a list remembered at import. A figure is a force's year, all child codes together.
 */
public final class ReleaseHistory {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.UK);
    private final DSLContext dsl;

    public record Release(int id, LocalDate published, String fileName, String sha256, LocalDateTime importedAt,
                          int added, int revised, int withdrawn) {
        public String name() {
            return "Home Office police recorded crime, release of " + DAY.format(published);
        }

        public String publishedText() {
            return DAY.format(published);
        }

        public String href() {
            return "/about/revisions/" + id;
        }
    }

    /** One revised figure: "Derbyshire Constabulary, 2022/23: 1,190 → 1,413 (+223)". */
    public record Revision(String areaSlug, String force, String year, long was, long now) {
        public long change() {
            return now - was;
        }

        public String changeText() {
            return String.format(Locale.UK, "%+,d", change());
        }
    }

    public ReleaseHistory(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Newest first. */
    public List<Release> releases() {
        return dsl.selectFrom(OFFICIAL_RELEASE).orderBy(OFFICIAL_RELEASE.ID.desc())
                .fetch(r -> new Release(r.getId(), r.getPublished(), r.getFileName(), r.getSha256(),
                        r.getImportedAt(), r.getFiguresAdded(), r.getFiguresRevised(), r.getFiguresWithdrawn()));
    }

    public Optional<Release> release(int id) {
        return releases().stream().filter(r -> r.id() == id).findFirst();
    }

    /** The release before this one, if any: the one its revisions are counted against. */
    public Optional<Release> previous(Release release) {
        return releases().stream().filter(r -> r.id() < release.id()).findFirst();
    }

    /** Each force-year whose total differs from the previous release's, by force then year. */
    public List<Revision> revisions(Release release) {
        Optional<Release> previous = previous(release);
        if (previous.isEmpty()) {
            return List.of();
        }
        Map<String, Long> before = totals(previous.get().id());
        List<Revision> revisions = new ArrayList<>();
        for (Record r : totalsQuery(release.id())) {
            String key = r.get(0, String.class) + "|" + r.get(2, String.class);
            Long was = before.get(key);
            long now = r.get(3, Long.class);
            if (was != null && was != now) {
                revisions.add(new Revision(r.get(0, String.class), r.get(1, String.class), r.get(2, String.class),
                        was, now));
            }
        }
        return revisions;
    }

    /**
     * For each year whose England and Wales total (the territorial forces) the newest release revised: what the
     * release before it said. Keyed by year label.
     */
    public Map<String, Long> latestEnglandAndWalesWas() {
        List<Release> releases = releases();
        Map<String, Long> was = new HashMap<>();
        if (releases.size() < 2) {
            return was;
        }
        Map<String, Long> now = englandAndWales(releases.get(0).id());
        englandAndWales(releases.get(1).id()).forEach((year, before) -> {
            Long after = now.get(year);
            if (after != null && !after.equals(before)) {
                was.put(year, before);
            }
        });
        return was;
    }

    private Map<String, Long> englandAndWales(int releaseId) {
        return dsl.select(OFFICIAL_RELEASE_COUNT.YEAR_LABEL, DSL.sum(OFFICIAL_RELEASE_COUNT.OFFENCES))
                .from(OFFICIAL_RELEASE_COUNT).join(AREA).on(AREA.SLUG.eq(OFFICIAL_RELEASE_COUNT.AREA_SLUG))
                .where(OFFICIAL_RELEASE_COUNT.RELEASE_ID.eq(releaseId)).and(AREA.TERRITORIAL.isTrue())
                .groupBy(OFFICIAL_RELEASE_COUNT.YEAR_LABEL)
                .fetchMap(r -> r.value1(), r -> r.value2().longValue());
    }

    /** "release of 23 April 2026", the words a revised mark uses; empty when nothing is on record. */
    public Optional<String> newestReleaseWords() {
        return releases().stream().findFirst().map(ReleaseHistory::releaseWords);
    }

    /** "release of 23 April 2026": how a table names the release it shows. */
    public static String releaseWords(Release release) {
        return "release of " + release.publishedText();
    }

    private Map<String, Long> totals(int releaseId) {
        Map<String, Long> totals = new HashMap<>();
        for (Record r : totalsQuery(releaseId)) {
            totals.put(r.get(0, String.class) + "|" + r.get(2, String.class), r.get(3, Long.class));
        }
        return totals;
    }

    private List<Record> totalsQuery(int releaseId) {
        return List.copyOf(dsl.select(OFFICIAL_RELEASE_COUNT.AREA_SLUG, AREA.NAME, OFFICIAL_RELEASE_COUNT.YEAR_LABEL,
                        DSL.sum(OFFICIAL_RELEASE_COUNT.OFFENCES))
                .from(OFFICIAL_RELEASE_COUNT).join(AREA).on(AREA.SLUG.eq(OFFICIAL_RELEASE_COUNT.AREA_SLUG))
                .where(OFFICIAL_RELEASE_COUNT.RELEASE_ID.eq(releaseId))
                .groupBy(OFFICIAL_RELEASE_COUNT.AREA_SLUG, AREA.NAME, OFFICIAL_RELEASE_COUNT.YEAR_LABEL)
                .orderBy(AREA.NAME, OFFICIAL_RELEASE_COUNT.YEAR_LABEL).fetch());
    }
}
