package uk.childstats.web;

import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;

/**
 * Whether the client's copy is current: If-None-Match against the ETag (compared weakly, as RFC 9110 asks for this
 * header), or, only when there is no If-None-Match, If-Modified-Since against Last-Modified.
 */
final class EntityTags {
    private EntityTags() {
    }

    static boolean current(String ifNoneMatch, String etag, String ifModifiedSince, String lastModified) {
        if (ifNoneMatch != null) {
            return matches(ifNoneMatch, etag);
        }
        if (ifModifiedSince == null || lastModified == null) {
            return false;
        }
        try {
            Instant since = ZonedDateTime.parse(ifModifiedSince, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Instant modified = ZonedDateTime.parse(lastModified, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            return !modified.isAfter(since);
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String candidate = tag.strip();
            if (candidate.startsWith("W/")) {
                candidate = candidate.substring(2);
            }
            if (candidate.equals("*") || candidate.equals(etag)) {
                return true;
            }
        }
        return false;
    }
}
