package uk.childstats.export;

import java.util.List;
import java.util.SortedMap;
import java.util.SortedSet;

/**
 * What an export wrote and what it could not: the files, the 404 page, links left to a live app (their answer
 * depends on the query), redirects (written into the server configuration), links that did not answer 200, and
 * addresses a stylesheet names that the live site does not serve either.
 */
public record ExportSummary(List<Exported> files, Exported notFound, SortedSet<String> liveOnly,
        SortedMap<String, String> redirects, SortedMap<String, String> broken,
        SortedSet<String> missingFromStylesheets) {
}
