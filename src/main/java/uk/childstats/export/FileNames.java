package uk.childstats.export;

/**
 * Where an address is written: as itself when its last part has an extension ("/data/figures.csv"), else with
 * the extension of its content type ("/forces/dorset-police" to "forces/dorset-police.html",
 * "/api/years/2016-17" to "api/years/2016-17.json"), which a server finds again by trying those extensions in turn.
 */
final class FileNames {
    static final String INDEX = "index.html";
    static final String NOT_FOUND = "404.html";

    private FileNames() {
    }

    static String forPath(String path, String contentType) {
        if ("/".equals(path)) {
            return INDEX;
        }
        String relative = path.substring(1);
        String lastPart = relative.substring(relative.lastIndexOf('/') + 1);
        if (lastPart.contains(".")) {
            return relative;
        }
        if (contentType.startsWith("text/html")) {
            return relative + ".html";
        }
        if (contentType.startsWith("application/json")) {
            return relative + ".json";
        }
        throw new IllegalStateException(path + " has no extension and is " + contentType
                + ": a static server could not tell its type");
    }

    static boolean isCompressible(String contentType) {
        return contentType.startsWith("text/") || contentType.contains("json") || contentType.contains("javascript")
                || contentType.contains("svg") || contentType.contains("xml");
    }
}
