package uk.childstats.downloads;

import java.util.List;

/** Downloads of another series than the FOI figures, listed in a section of their own under their caveat. */
public record SeriesDownloads(String id, String heading, String caveat, List<Dataset> datasets) {
}
