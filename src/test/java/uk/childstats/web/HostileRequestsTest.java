package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/**
 * Hundreds of hostile requests over every route: traversal, injection, huge and broken values, odd headers. None
 * may get a 5xx, and no answer may name the code, the database or a stack frame.
 */
class HostileRequestsTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static final List<String> ROUTES = List.of("/", "/forces", "/forces/%s", "/forces/%s.csv",
            "/forces/%s.csv-metadata.json", "/api/forces/%s", "/embed/forces/%s", "/years", "/years/%s",
            "/years/%s.csv", "/api/years/%s", "/official", "/official/%s", "/api/official/forces/%s",
            "/api/official/years/%s", "/compare?force=%s", "/compare.csv?force=%s", "/compare?force=%s&series=%s",
            "/downloads", "/data/%s", "/help", "/about", "/%s", "/css/%s", "/webjars/%s");
    private static final List<String> VALUES = List.of("..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2f", "%00",
            "%27%20OR%201%3D1--", "%3Cscript%3Ealert(1)%3C%2Fscript%3E", "x".repeat(4000), "%C0%AF", "%FF%FE",
            "2016-17%0D%0ASet-Cookie:%20a=b", "-1", "99999999999999999999", "2016-1", "%E2%80%AE", "dorset-police%20",
            "%25", "%7B%7D", "%24%7Bjndi:ldap://x%7D", "%5B%5D", "CON", "dorset-police;x=1");
    private static final List<String> LEAKS = List.of("exception", "uk.childstats", "org.jooq", "java.", "sqlstate",
            "mariadb", "jetty", "javalin", "stack trace", "stacktrace", "\tat ");

    @Test
    void noHostileRequestGetsA5xxOrSeesTheInsides() throws Exception {
        List<String> failures = new ArrayList<>();
        int sent = 0;
        for (String route : ROUTES) {
            for (String value : VALUES) {
                String path = route.contains("%s") ? route.replace("%s", value) : route + "?q=" + value;
                sent += check(path, Map.of(), failures);
            }
        }
        for (Map<String, String> headers : List.of(Map.of("If-None-Match", "\"" + "x".repeat(3000)),
                Map.of("If-Modified-Since", "yesterday"), Map.of("Accept-Encoding", "gzip;q=banana, br, *"),
                Map.of("Range", "bytes=999999999-"), Map.of("Accept", "../../etc"), Map.of("Cookie", "a=" + "b".repeat(3000)),
                Map.of("X-Forwarded-Host", "evil.example"), Map.of("Accept-Language", "%00"))) {
            for (String path : List.of("/", "/forces/dorset-police", "/data/official.csv", "/compare?force=dorset-police")) {
                sent += check(path, headers, failures);
            }
        }
        assertTrue(sent >= 500, "only " + sent + " requests were sent");
        assertTrue(failures.isEmpty(), failures.size() + " of " + sent + " failed, e.g. " + failures.subList(0,
                Math.min(5, failures.size())));
    }

    private static int check(String path, Map<String, String> headers, List<String> failures) throws Exception {
        URI uri;
        try {
            uri = URI.create(TestSite.baseUrl() + path);
        } catch (IllegalArgumentException notAUri) {
            return 0;
        }
        HttpRequest.Builder request = HttpRequest.newBuilder(uri);
        headers.forEach(request::header);
        HttpResponse<String> response = CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
        String body = response.body().toLowerCase(Locale.ROOT);
        if (response.statusCode() >= 500) {
            failures.add(response.statusCode() + " " + path.substring(0, Math.min(120, path.length())));
        }
        LEAKS.stream().filter(body::contains).findFirst().ifPresent(leak -> failures.add("'" + leak + "' shown at "
                + path.substring(0, Math.min(120, path.length()))));
        if (response.headers().map().keySet().stream().anyMatch(name -> name.equalsIgnoreCase("set-cookie"))) {
            failures.add("a cookie was set at " + path);
        }
        return 1;
    }
}
