package uk.childstats.export;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A static file server for tests that finds files as the export's nginx configuration says
 * ({@code try_files $uri $uri.html $uri.json $uri/index.html =404}, 404.html for the rest), with the Content-Type
 * of each extension, so that CI needs no nginx.
 */
final class TryFilesServer implements AutoCloseable {
    static final String TRY_FILES = "try_files $uri $uri.html $uri.json $uri/index.html =404;";
    private static final List<String> TRIED = List.of("", ".html", ".json", "/index.html");
    private static final Map<String, String> TYPES = Map.of("html", "text/html", "json", "application/json",
            "csv", "text/csv", "css", "text/css", "js", "text/javascript", "svg", "image/svg+xml");

    private final HttpServer server;

    TryFilesServer(Path root) throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> answer(exchange, root));
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The Content-Type a file's extension gives, without parameters. */
    static String typeOf(Path file) {
        String name = file.getFileName().toString();
        if (name.endsWith("-metadata.json")) {
            return "application/csvm+json";
        }
        return TYPES.getOrDefault(name.substring(name.lastIndexOf('.') + 1), "application/octet-stream");
    }

    private static void answer(HttpExchange exchange, Path root) throws IOException {
        String path = exchange.getRequestURI().getRawPath();
        Optional<Path> found = path.contains("..") ? Optional.empty() : TRIED.stream()
                .map(suffix -> root.resolve((path + suffix).replaceFirst("^/+", ""))).filter(Files::isRegularFile).findFirst();
        Path file = found.orElse(root.resolve("404.html"));
        byte[] body = Files.readAllBytes(file);
        exchange.getResponseHeaders().set("Content-Type", typeOf(file));
        exchange.sendResponseHeaders(found.isPresent() ? 200 : 404, body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
