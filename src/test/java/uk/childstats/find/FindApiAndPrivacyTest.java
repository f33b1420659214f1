package uk.childstats.find;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.GeographyFiles;
import uk.childstats.support.TestSite;

/** The same answers as JSON, and nothing of the query kept: no log line, no cookie, no cache. */
class FindApiAndPrivacyTest {

    @Test
    void theApiGivesTheForcesOfADistrictInOrder() {
        HttpResponse<String> response = TestSite.get("/api/find?q=ec2m", "application/json");
        assertEquals(200, response.statusCode());
        assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow());
        JsonNode body = Downloads.json(response.body());
        assertEquals("several", body.get("result").asText());
        List<String> names = new ArrayList<>();
        body.get("matches").get(0).get("forces").forEach(f -> names.add(f.get("name").asText()));
        assertEquals(GeographyFiles.forcesOfDistrict("EC2M"), names);
        assertTrue(body.get("matches").get(0).get("uncertain").asBoolean());
        assertFalse(response.body().toLowerCase().contains("\"query\""), "the query is not echoed");
    }

    @Test
    void theApiSaysOneOrNone() {
        assertEquals("one", Downloads.json(TestSite.get("/api/find?q=BS1", "application/json").body())
                .get("result").asText());
        JsonNode none = Downloads.json(TestSite.get("/api/find?q=%3Cscript%3E", "application/json").body());
        assertEquals("none", none.get("result").asText());
        assertEquals(0, none.get("matches").size());
    }

    @Test
    void theQueryNeverReachesTheLogsNorACookie() {
        TestSite.baseUrl();
        String marker = "Zq7Marker";
        PrintStream err = System.err;
        PrintStream out = System.out;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        PrintStream capture = new PrintStream(captured, true, StandardCharsets.UTF_8);
        System.setErr(capture);
        System.setOut(capture);
        try {
            for (String path : List.of("/find?q=" + marker, "/find?q=BS1+" + marker, "/api/find?q=" + marker,
                    "/find?q=%3C" + marker + "%3E%00", "/find?q=" + marker + "x".repeat(3000))) {
                HttpResponse<String> response = TestSite.get(path);
                assertTrue(response.statusCode() < 500, path);
                assertTrue(response.headers().allValues("Set-Cookie").isEmpty(), path);
            }
        } finally {
            System.setErr(err);
            System.setOut(out);
        }
        assertFalse(captured.toString(StandardCharsets.UTF_8).contains(marker), captured.toString(StandardCharsets.UTF_8));
    }
}
