package uk.childstats.official;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.HomeOfficeCsv;
import uk.childstats.support.TestSite;

/** The downloads and the API give the same sums as the file itself, and British Transport Police stays apart. */
class OfficialDownloadsTest {
    private static List<CSVRecord> download(String path, String fileName) {
        HttpResponse<String> response = TestSite.get(path, "text/csv");
        assertEquals(200, response.statusCode(), path);
        assertTrue(response.headers().firstValue("Content-Type").orElseThrow().startsWith("text/csv"));
        assertEquals("attachment; filename=\"" + fileName + "\"",
                response.headers().firstValue("Content-Disposition").orElseThrow());
        try {
            return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get()
                    .parse(new StringReader(response.body())).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }


    @Test
    void theYearlyDownloadHasTheSumOfTheFourQuartersOfEveryForceYearAndCode() {
        Map<String, Long> shown = new TreeMap<>();
        Map<String, Long> englandAndWales = new TreeMap<>();
        for (CSVRecord r : download("/data/official.csv", "child-sexual-offences-official-series-by-year.csv")) {
            shown.put(r.get("police_force") + "|" + r.get("financial_year") + "|" + r.get("offence_code"),
                    Long.parseLong(r.get("offences")));
            if (r.get("in_england_and_wales_total").equals("true")) {
                englandAndWales.merge(r.get("financial_year"), Long.parseLong(r.get("offences")), Long::sum);
            }
            assertEquals("2026-04-23", r.get("release_date"));
        }
        assertEquals(44 * 11 * 13, shown.size());
        assertEquals(HomeOfficeCsv.englandAndWalesTotals(), englandAndWales);
        assertEquals(HomeOfficeCsv.yearCountsByForceAndCode().get("Dorset|2016/17|88A"),
                shown.get("Dorset Police|2016/17|88A"));
        assertEquals(HomeOfficeCsv.yearCountsByForceAndCode().get("Cambridgeshire|2012/13|19G"),
                shown.get("Cambridgeshire Constabulary|2012/13|19G"));
    }

    @Test
    void theQuarterlyDownloadIsTheFileAsImported() {
        Set<String> expected = new HashSet<>();
        for (CSVRecord r : HomeOfficeCsv.records(HomeOfficeCsv.FILE)) {
            expected.add(String.join("|", r.values()));
        }
        Set<String> shown = new HashSet<>();
        for (CSVRecord r : download("/data/official-quarterly.csv",
                "child-sexual-offences-official-series-by-quarter.csv")) {
            shown.add(String.join("|", List.of(r.values()).subList(0, 8)));
        }
        assertEquals(26_620, shown.size());
        assertEquals(expected, shown);
    }

    @Test
    void thePopulationDownloadHasEveryEstimate() {
        List<CSVRecord> rows = download("/data/child-population.csv",
                "children-aged-0-17-by-police-force-area.csv");
        assertEquals(405 + 43, rows.size());
        CSVRecord dorset = rows.stream().filter(r -> r.get("police_force").equals("Dorset Police")
                && r.get("year").equals("2016")).findFirst().orElseThrow();
        assertEquals("142842", dorset.get("population_0_17"));
    }

    @Test
    void theForceApiGivesCountsGroupsAndTheRateWithItsDenominator() {
        JsonNode dorset = Downloads.jsonAt("/api/official/forces/dorset-police");
        JsonNode year = null;
        for (JsonNode y : dorset.get("years")) {
            if (y.get("year").asText().equals("2016/17")) {
                year = y;
            }
        }
        assertEquals(HomeOfficeCsv.yearTotalsByForce().get("Dorset").get("2016/17"), year.get("offences").asLong());
        long groups = 0;
        for (JsonNode g : year.get("groups")) {
            groups += g.get("offences").asLong();
        }
        assertEquals(year.get("offences").asLong(), groups);
        assertEquals("3.5", year.get("rate").get("ratePer1000Children").asText());
        assertEquals(142_842, year.get("rate").get("children").asLong());
        assertEquals(2016, year.get("rate").get("populationMidYear").asInt());
        JsonNode early = dorset.get("years").get(0);
        assertEquals("2012/13", early.get("year").asText());
        assertTrue(early.get("rate").get("ratePer1000Children").isNull());
        assertEquals("not available", early.get("rate").get("working").asText());
    }

    @Test
    void theYearApiGivesTheEnglandAndWalesTotalWithoutBritishTransportPolice() {
        JsonNode year = Downloads.jsonAt("/api/official/years/2017-18");
        assertEquals(HomeOfficeCsv.englandAndWalesTotals().get("2017/18"),
                year.get("englandAndWales").get("offences").asLong());
        assertEquals(43, year.get("forces").size());
        long sum = 0;
        for (JsonNode force : year.get("forces")) {
            sum += force.get("offences").asLong();
            assertFalse(force.get("slug").asText().equals("british-transport-police"));
        }
        assertEquals(year.get("englandAndWales").get("offences").asLong(), sum);
        assertEquals(66, year.get("britishTransportPolice").get("offences").asLong());
        assertTrue(year.get("britishTransportPolice").get("rate").get("ratePer1000Children").isNull());
        assertEquals("the 43 forces of England and Wales", year.get("rankedAmong").asText());
        assertTrue(year.get("englandAndWales").get("rate").get("ratePer1000Children").isNumber());
    }
}
