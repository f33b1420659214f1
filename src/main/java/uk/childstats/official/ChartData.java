package uk.childstats.official;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;

/**
 * The offence groups by year as JSON for public/js/official-chart.js, embedded as a data block (the
 * Content-Security-Policy allows no inline script). The table beside the chart holds the same figures.
 */
record ChartData(List<String> years, List<Series> series) {
    private static final ObjectMapper JSON = new ObjectMapper();

    record Series(String label, List<Long> values) {
    }

    static ChartData of(SeriesTable table) {
        List<Series> series = new ArrayList<>();
        for (int g = 0; g < table.groupLabels().size(); g++) {
            final int group = g;
            series.add(new Series(table.groupLabels().get(g),
                    table.rows().stream().map(r -> r.groups().get(group)).toList()));
        }
        return new ChartData(table.yearLabels(), series);
    }

    /** JSON safe inside a script element: no "<", ">" or "&" that could end it. */
    String json() {
        try {
            return JSON.writeValueAsString(this).replace("<", "\\u003c").replace(">", "\\u003e")
                    .replace("&", "\\u0026");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
