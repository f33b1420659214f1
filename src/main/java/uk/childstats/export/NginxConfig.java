package uk.childstats.export;

import java.time.LocalDate;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import uk.childstats.web.Paths;

/**
 * An nginx configuration that serves an export as the app would: the same Content-Type and headers for each kind
 * of answer (each location has one of each, read from the live answers, and the export fails if a kind disagrees),
 * the pre-compressed files, extensionless addresses, redirects and the 404 page.
 */
final class NginxConfig {
    static final String LISTEN = "listen 8080;";
    /** Tried in this order, as the export names its files (FileNames). */
    static final String TRY_FILES = "try_files $uri $uri.html $uri.json $uri/index.html =404;";
    private static final String PAGES = "/";
    private static final String EMBEDS = Paths.EMBED + "/";
    private static final String API = Paths.API + "/";
    private static final String METADATA_SUFFIX = Paths.metadata("");

    private NginxConfig() {
    }

    static String render(ExportSummary summary, String siteUrl, LocalDate day) {
        Map<String, List<Exported>> byLocation = summary.files().stream()
                .collect(Collectors.groupingBy(NginxConfig::location, TreeMap::new, Collectors.toList()));
        StringBuilder conf = new StringBuilder();
        conf.append("# nginx configuration for the static export of ").append(siteUrl).append(", written on ")
                .append(day).append(".\n")
                .append("# Run from this folder as any user: mkdir -p tmp && nginx -p \"$PWD\" -c nginx.conf\n")
                .append("# (stop: nginx -p \"$PWD\" -c nginx.conf -s stop). Behind an nginx of your own, copy the\n")
                .append("# server block and set root to the absolute path of site/.\n")
                .append("worker_processes auto;\npid tmp/nginx.pid;\nerror_log tmp/error.log warn;\n")
                .append("events { worker_connections 4096; }\n\nhttp {\n")
                .append("    access_log off;\n    map_hash_bucket_size 256;\n    sendfile on;\n    tcp_nopush on;\n")
                .append("    client_body_temp_path tmp/client_body;\n    proxy_temp_path tmp/proxy;\n")
                .append("    fastcgi_temp_path tmp/fastcgi;\n    uwsgi_temp_path tmp/uwsgi;\n")
                .append("    scgi_temp_path tmp/scgi;\n\n")
                .append("    server {\n        ").append(LISTEN).append("\n        root site;\n")
                .append("        server_tokens off;\n        charset off;\n")
                .append("        # Every compressible file has its .gz beside it: sent as it is, never compressed again.\n")
                .append("        gzip off;\n        gzip_static on;\n        gzip_vary on;\n")
                .append("        error_page 404 /").append(FileNames.NOT_FOUND).append(";\n\n");
        liveOnlyNote(conf);
        summary.redirects().forEach((from, to) -> conf.append("        location = ").append(from)
                .append(" { return 302 ").append(to).append("; }\n"));
        conf.append("        location ~ \\.gz$ { return 404; }\n");
        conf.append("        location = /").append(FileNames.NOT_FOUND).append(" {\n            internal;\n");
        List<String> maps = new java.util.ArrayList<>();
        kind(conf, List.of(summary.notFound()), "the 404 page", maps);
        conf.append("        }\n");
        byLocation.entrySet().stream().sorted(Comparator.comparing(e -> order(e.getKey()))).forEach(entry -> {
            conf.append("        location ").append(entry.getKey()).append(" {\n");
            if (!entry.getKey().startsWith("~")) {
                conf.append("            ").append(TRY_FILES).append('\n');
            }
            kind(conf, entry.getValue(), entry.getKey(), maps);
            conf.append("        }\n");
        });
        conf.append("    }\n}\n");
        // The maps a location reads must be declared in http, before the server.
        return conf.insert(conf.indexOf("    server {\n"), String.join("", maps) + (maps.isEmpty() ? "" : "\n"))
                .toString();
    }

    /** Regular expressions are tried in the order written: the longer suffix first. */
    private static String order(String location) {
        return location.startsWith("~") ? "0" + (1000 - location.length()) + location : "1" + location;
    }

    private static void liveOnlyNote(StringBuilder conf) {
        conf.append("        # Answers that depend on the visitor's query are not files: ")
                .append(String.join(", ", LiveOnly.PATHS)).append(",\n")
                .append("        # and any address with a query string (comparisons, map choices). Without the app they\n")
                .append("        # answer 404, or the page without its query. With the app running (here on 127.0.0.1:7070)\n")
                .append("        # and the same database, uncomment these lines to hand them to it:\n")
                .append("        # error_page 418 = @live;\n")
                .append("        # if ($args) { return 418; }\n")
                .append("        # location @live { proxy_pass http://127.0.0.1:7070; }\n");
        for (String path : LiveOnly.PATHS) {
            conf.append("        # location = ").append(path).append(" { proxy_pass http://127.0.0.1:7070; }\n");
        }
        conf.append('\n');
    }

    /**
     * The one Content-Type of a kind of answer, and its headers: one value for all, or, where its files differ
     * (long-lived versioned WebJars beside the site's own files), a map from each file to its value.
     */
    private static void kind(StringBuilder conf, List<Exported> files, String what, List<String> maps) {
        Set<String> types = files.stream().map(f -> sameMeaning(f.contentType())).collect(Collectors.toCollection(
                LinkedHashSet::new));
        if (types.size() != 1) {
            throw new IllegalStateException("The answers served by nginx location " + what
                    + " differ in Content-Type " + types + ": one location cannot send both");
        }
        String type = files.stream().map(Exported::contentType).max(Comparator.comparingInt(String::length))
                .orElseThrow();
        conf.append("            types { }\n            default_type ").append(quoted(type)).append(";\n");
        Set<String> names = files.stream().flatMap(f -> f.headers().keySet().stream())
                .collect(Collectors.toCollection(LinkedHashSet::new));
        for (String name : names) {
            Set<String> values = files.stream().map(f -> f.headers().getOrDefault(name, ""))
                    .collect(Collectors.toSet());
            String value;
            if (values.size() == 1) {
                value = quoted(values.iterator().next());
            } else {
                value = "$header_" + maps.size();
                String usual = files.stream().map(f -> f.headers().getOrDefault(name, ""))
                        .collect(Collectors.groupingBy(v -> v, TreeMap::new, Collectors.counting())).entrySet()
                        .stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
                StringBuilder map = new StringBuilder("    map $uri ").append(value).append(" {\n        default ")
                        .append(quoted(usual)).append(";\n");
                files.stream().filter(f -> !usual.equals(f.headers().getOrDefault(name, ""))).forEach(f -> map
                        .append("        ").append(quoted(uri(f))).append(' ')
                        .append(quoted(f.headers().getOrDefault(name, ""))).append(";\n"));
                maps.add(map.append("    }\n").toString());
            }
            conf.append("            add_header ").append(name).append(' ').append(value).append(" always;\n");
        }
    }

    /**
     * JSON is UTF-8 whether or not its type says so (RFC 8259), an XML file such as SVG is UTF-8 unless it declares
     * otherwise, and spaces between parameters mean nothing.
     */
    static String sameMeaning(String contentType) {
        String plain = contentType.replace(" ", "").toLowerCase(java.util.Locale.ROOT);
        String mediaType = plain.replaceFirst(";.*", "");
        boolean utf8ByDefault = mediaType.endsWith("json") || mediaType.endsWith("+xml");
        return utf8ByDefault ? plain.replace(";charset=utf-8", "") : plain;
    }

    /** The file's address once nginx has found it (try_files sets $uri to the file it serves). */
    private static String uri(Exported file) {
        return "/" + file.file();
    }

    private static String location(Exported file) {
        String name = file.file();
        if (name.endsWith(".html") && !file.path().endsWith(".html")) {
            return Paths.isEmbed(file.path()) ? EMBEDS : PAGES;
        }
        if (name.endsWith(".json") && !file.path().endsWith(".json")) {
            if (!Paths.isApi(file.path())) {
                throw new IllegalStateException(file.path() + " is JSON without an extension outside " + API);
            }
            return API;
        }
        if (Paths.isMetadata(file.path())) {
            return "~ " + METADATA_SUFFIX.replace(".", "\\.") + "$";
        }
        return "~ \\" + name.substring(name.lastIndexOf('.')) + "$";
    }

    private static String quoted(String value) {
        if (value.contains("\"") || value.contains("$") || value.contains("\\")) {
            throw new IllegalStateException("A header nginx cannot repeat as written: " + value);
        }
        return "\"" + value + "\"";
    }
}
