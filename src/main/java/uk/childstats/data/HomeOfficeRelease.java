package uk.childstats.data;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

import static uk.childstats.db.generated.Tables.OFFICIAL_RELEASE;

/**
 * Which Home Office release a file is. The file itself does not say: the Home Office names its files after the
 * release date ("prc-pfa-mar2013-onwards-tables-191023.ods" is 19 October 2023), and the file bundled with the site
 * is that release filtered to the child codes (data/README.md).
 */
final class HomeOfficeRelease {
    static final String NAME = "Home Office, police recorded crime open data tables";
    private static final Map<String, LocalDate> BUNDLED = Map.of(
            "home_office_prc_child_sexual_offences.csv", LocalDate.of(2023, 10, 19));
    /** The releases bundled with the site, oldest first: a fresh database imports them in this order. */
    static final List<String> BUNDLED_IN_ORDER = List.of("home_office_prc_child_sexual_offences.csv",
            "prc-pfa-mar2013-onwards-tables-child-codes-230426.csv");
    private static final Pattern DATE_IN_NAME = Pattern.compile(".*-(\\d{2})(\\d{2})(\\d{2})\\.[A-Za-z]+");

    private HomeOfficeRelease() {
    }

    static Optional<LocalDate> dateOf(String fileName) {
        if (BUNDLED.containsKey(fileName)) {
            return Optional.of(BUNDLED.get(fileName));
        }
        Matcher m = DATE_IN_NAME.matcher(fileName);
        if (!m.matches()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.of(2000 + Integer.parseInt(m.group(3)), Integer.parseInt(m.group(2)),
                    Integer.parseInt(m.group(1))));
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }

    /**
     * A bundled release is imported unless it is on record (same SHA-256, or same file and date from before
     * checksums were kept) or older than the release shown: a start never puts older figures back.
     */
    static boolean needsImport(DSLContext dsl, String fileName, String sha256) {
        LocalDate published = dateOf(fileName).orElseThrow();
        boolean onRecord = dsl.fetchExists(OFFICIAL_RELEASE, OFFICIAL_RELEASE.SHA256.eq(sha256)
                .or(OFFICIAL_RELEASE.SHA256.isNull().and(OFFICIAL_RELEASE.FILE_NAME.eq(fileName))
                        .and(OFFICIAL_RELEASE.PUBLISHED.eq(published))));
        LocalDate shown = dsl.select(OFFICIAL_RELEASE.PUBLISHED).from(OFFICIAL_RELEASE)
                .orderBy(OFFICIAL_RELEASE.ID.desc()).limit(1).fetchOne(OFFICIAL_RELEASE.PUBLISHED);
        return !onRecord && (shown == null || !shown.isAfter(published));
    }

    static LocalDate require(String fileName) throws ImportRejected {
        return dateOf(fileName).orElseThrow(() -> new ImportRejected(fileName, List.of(
                "the file name does not say which Home Office release this is: keep the Home Office's name, which "
                        + "ends in the release date (for example prc-pfa-mar2013-onwards-tables-191023.csv)")));
    }
}
