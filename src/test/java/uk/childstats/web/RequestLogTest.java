package uk.childstats.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.support.TestSite;

/** One line per request, with method, path, status and time, and never the query string. */
class RequestLogTest {
    @Test
    void eachRequestIsOneLineWithoutItsQuery() {
        TestSite.baseUrl();
        PrintStream original = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            TestSite.get("/forces/dorset-police?from=BS14DJ");
            TestSite.get("/no-such-page?postcode=SW1A1AA");
        } finally {
            System.setErr(original);
        }
        List<String> lines = err.toString(StandardCharsets.UTF_8).lines().filter(l -> l.contains("RequestLog")).toList();
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*RequestLog - GET /forces/dorset-police 200 \\d+ ms")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.matches(".*RequestLog - GET /no-such-page 404 \\d+ ms")),
                lines.toString());
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("BS14DJ"), "a query string reached the log");
        assertFalse(err.toString(StandardCharsets.UTF_8).contains("SW1A1AA"), "a query string reached the log");
    }
}
