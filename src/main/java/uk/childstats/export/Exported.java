package uk.childstats.export;

import java.util.Map;

/**
 * One answer of the live site written as a file: its address, the file's path under the export's site folder,
 * and the headers a static server must send with it.
 */
public record Exported(String path, String file, String contentType, Map<String, String> headers) {
}
