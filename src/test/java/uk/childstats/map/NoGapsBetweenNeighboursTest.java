package uk.childstats.map;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import uk.childstats.support.Downloads;
import uk.childstats.support.GeographyFiles;
import uk.childstats.support.TestSite;

/**
 * Neighbours keep one shared border: for every pair of forces that share a border in the boundary file, most of that
 * border is drawn as the very same segments in both areas' paths. Simplifying each area on its own would leave the
 * two lines apart (gaps and slivers) and share almost nothing.
 */
class NoGapsBetweenNeighboursTest {
    private static final Pattern NUMBER = Pattern.compile("-?\\d+");

    @Test
    void neighboursDrawTheirSharedBorderWithTheSameSegments() throws Exception {
        Map<String, Set<String>> sourceSegments = sourceSegments();
        Document page = TestSite.page("/map");
        Map<String, Set<String>> drawn = new HashMap<>();
        for (Element area : page.select("svg a.force-map__area")) {
            drawn.put(area.attr("href"), drawnSegments(area.selectFirst("path").attr("d")));
        }
        List<String> forces = new ArrayList<>(sourceSegments.keySet());
        int pairs = 0;
        for (int i = 0; i < forces.size(); i++) {
            for (int j = i + 1; j < forces.size(); j++) {
                Set<String> shared = new HashSet<>(sourceSegments.get(forces.get(i)));
                shared.retainAll(sourceSegments.get(forces.get(j)));
                if (shared.size() < 20) {
                    continue;
                }
                pairs++;
                Set<String> drawnShared = new HashSet<>(drawn.get(GeographyFiles.forcePage(forces.get(i))));
                drawnShared.retainAll(drawn.get(GeographyFiles.forcePage(forces.get(j))));
                assertTrue(drawnShared.size() >= 2, forces.get(i) + " and " + forces.get(j) + " share "
                        + shared.size() + " segments in the file but " + drawnShared.size() + " on the map");
            }
        }
        assertTrue(pairs >= 80, "neighbouring pairs found: " + pairs);
    }

    /** Force → its border segments in the file, each as an unordered pair of points. */
    private static Map<String, Set<String>> sourceSegments() throws Exception {
        JsonNode areas = Downloads.json(Files.readString(GeographyFiles.AREAS));
        Map<String, Set<String>> segments = new HashMap<>();
        for (JsonNode feature : areas.get("features")) {
            Set<String> set = new HashSet<>();
            JsonNode geometry = feature.get("geometry");
            List<JsonNode> polygons = new ArrayList<>();
            if (geometry.get("type").asText().equals("Polygon")) {
                polygons.add(geometry.get("coordinates"));
            } else {
                geometry.get("coordinates").forEach(polygons::add);
            }
            for (JsonNode polygon : polygons) {
                for (JsonNode ring : polygon) {
                    for (int k = 1; k < ring.size(); k++) {
                        set.add(segment(ring.get(k - 1).toString(), ring.get(k).toString()));
                    }
                }
            }
            segments.put(feature.get("properties").get("police_force").asText(), set);
        }
        return segments;
    }

    /** Segments of SVG path data written as "M x y l dx dy dx dy ... z" per ring. */
    static Set<String> drawnSegments(String d) {
        Set<String> segments = new HashSet<>();
        for (String ring : d.split("z")) {
            if (ring.isBlank()) {
                continue;
            }
            Matcher m = NUMBER.matcher(ring);
            List<Long> numbers = new ArrayList<>();
            while (m.find()) {
                numbers.add(Long.parseLong(m.group()));
            }
            long x = numbers.get(0);
            long y = numbers.get(1);
            long startX = x;
            long startY = y;
            for (int k = 2; k + 1 < numbers.size(); k += 2) {
                long nx = x + numbers.get(k);
                long ny = y + numbers.get(k + 1);
                segments.add(segment(x + "," + y, nx + "," + ny));
                x = nx;
                y = ny;
            }
            segments.add(segment(x + "," + y, startX + "," + startY));
        }
        return segments;
    }

    private static String segment(String a, String b) {
        return a.compareTo(b) < 0 ? a + "|" + b : b + "|" + a;
    }
}
