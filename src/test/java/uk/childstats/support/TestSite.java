package uk.childstats.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import uk.childstats.Settings;
import uk.childstats.Site;

/** The site (its exit button pointing at a local stand-in), started once in-process on a free port over the shared test database, and an HTTP client for it. */
public final class TestSite {
    private static Site server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    private TestSite() {
    }

    public static synchronized String baseUrl() {
        if (server == null) {
            Settings settings = Settings.from(java.util.Map.of()).withPort(0);
            server = Site.start(TestDatabase.readOnlyBundledData().dsl(),
                    settings.withExitUrl(ExitStandIn.url()));
            Runtime.getRuntime().addShutdownHook(new Thread(server::stop));
        }
        return "http://localhost:" + server.port();
    }

    public static HttpResponse<String> get(String path) {
        return get(path, "text/html");
    }

    public static HttpResponse<String> get(String path, String accept) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(baseUrl() + path)).header("Accept", accept).build();
            return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A request with headers of its own, such as If-None-Match. */
    public static HttpResponse<String> get(String path, java.util.Map<String, String> headers) {
        try {
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(baseUrl() + path));
            headers.forEach(request::header);
            return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** A download that must answer 200: its body. */
    public static String download(String path) {
        HttpResponse<String> response = get(path, "*/*");
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return response.body();
    }

    /** A page that must answer 200, parsed. */
    public static Document page(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError(path + " answered " + response.statusCode());
        }
        return Jsoup.parse(response.body(), baseUrl() + path);
    }
}
