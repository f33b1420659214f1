package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import uk.childstats.support.SecurityHeadersCheck;
import uk.childstats.support.TestSite;

/** Every security header on every kind of answer: pages, errors, downloads, the API and static files. */
class SecurityHeadersOnEveryAnswerTest {
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @ParameterizedTest(name = "{0} {1} ({3})")
    @CsvSource({
            "GET, /, 200, page",
            "GET, /forces/dorset-police, 200, force page",
            "GET, /find?q=BS1, 303, redirect",
            "GET, /find?q=Newcastle, 200, find page",
            "GET, /no-such-page, 404, 404 page",
            "GET, /forces/atlantis, 404, 404 force",
            "GET, /api/no-such-thing, 404, 404 JSON",
            "GET, /no-such-file.csv, 404, 404 CSV",
            "POST, /, 405, 405 page",
            "DELETE, /data/official.csv, 405, 405 download",
            "GET, /data/official.csv, 200, CSV",
            "GET, /years/2016-17.csv, 200, year CSV",
            "GET, /forces/dorset-police.csv-metadata.json, 200, CSV metadata",
            "GET, /api/forces/dorset-police, 200, JSON",
            "GET, /api/find?q=EC2M, 200, find JSON",
            "GET, /css/site.css, 200, CSS",
            "GET, /js/exit-this-page.js, 200, JS",
            "GET, /webjars/govuk-frontend/5.13.0/dist/govuk/govuk-frontend.min.css, 200, WebJar CSS",
            "GET, /webjars/chart.js/4.4.1/dist/chart.umd.js, 200, WebJar JS",
            "GET, /map.svg?measure=foi-count&year=2022-23, 200, SVG",
            "GET, /healthz, 200, health",
            "HEAD, /help, 200, HEAD"})
    void everyAnswerCarriesEverySecurityHeader(String method, String path, int status, String kind) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(TestSite.baseUrl() + path))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        assertEquals(status, response.statusCode(), kind + " " + path);
        SecurityHeadersCheck.assertAllPresent(response.headers(), kind + " " + path);
    }
}
