package uk.childstats.web;

import static uk.childstats.db.generated.Tables.DATA_RELEASE;

import io.javalin.http.Context;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.jooq.DSLContext;

/**
 * What every stored answer was rendered for: the data version (the newest import's id), when it was imported, and
 * the day in the UK (pages cite the date they were retrieved). A change of any of them renders the site again.
 */
public record DataRelease(int version, Instant importedAt, LocalDate day) {
    static final ZoneId UK = ZoneId.of("Europe/London");
    private static final String ATTRIBUTE = "data-release";

    /** The newest import, in one query; version 0 when nothing has been imported. */
    public static DataRelease read(DSLContext dsl, LocalDate day) {
        return dsl.select(DATA_RELEASE.ID, DATA_RELEASE.IMPORTED_AT).from(DATA_RELEASE)
                .orderBy(DATA_RELEASE.ID.desc()).limit(1).fetchOptional()
                .map(r -> new DataRelease(r.value1(), r.value2().atZone(ZoneId.systemDefault()).toInstant(), day))
                .orElse(new DataRelease(0, Instant.EPOCH, day));
    }

    public static LocalDate today() {
        return LocalDate.now(UK);
    }

    /** The release the answer being rendered is for, set by the response store; empty outside it. */
    public static Optional<DataRelease> of(Context ctx) {
        return Optional.ofNullable(ctx.attribute(ATTRIBUTE));
    }

    void renderingFor(Context ctx) {
        ctx.attribute(ATTRIBUTE, this);
    }

    public String lastModified() {
        return DateTimeFormatter.RFC_1123_DATE_TIME.format(importedAt.atOffset(ZoneOffset.UTC));
    }

    /** "2026-11-24", for metadata. */
    public String importedDate() {
        return importedAt.atOffset(ZoneOffset.UTC).toLocalDate().toString();
    }
}
