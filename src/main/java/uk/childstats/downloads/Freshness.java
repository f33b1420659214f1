package uk.childstats.downloads;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import uk.childstats.web.EncodingVariants;

/** ETag and Last-Modified on every download, and 304 Not Modified when the caller already has this version. */
final class Freshness {
    private Freshness() {
    }

    /** Sets the validators; answers 304 and returns true when the request's copy is current. */
    static boolean answeredNotModified(Context ctx, DataVersion version) {
        String etag = EncodingVariants.etag(ctx, version.etag(ctx.path()));
        ctx.header("ETag", etag);
        ctx.header("Last-Modified", version.lastModified());
        ctx.header("Cache-Control", "public, no-cache");
        String ifNoneMatch = ctx.header("If-None-Match");
        boolean current = ifNoneMatch != null ? matches(ifNoneMatch, etag)
                : notModifiedSince(ctx.header("If-Modified-Since"), version.importedAt());
        if (current) {
            ctx.status(HttpStatus.NOT_MODIFIED);
        }
        return current;
    }

    private static boolean matches(String ifNoneMatch, String etag) {
        return Arrays.stream(ifNoneMatch.split(",")).map(String::trim)
                .map(tag -> tag.startsWith("W/") ? tag.substring(2) : tag)
                .anyMatch(tag -> tag.equals("*") || tag.equals(etag));
    }

    private static boolean notModifiedSince(String ifModifiedSince, Instant modified) {
        if (ifModifiedSince == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.truncatedTo(ChronoUnit.SECONDS).isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }
}
