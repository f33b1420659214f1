package uk.childstats.official;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.childstats.charts.Chart;
import uk.childstats.charts.Describe;
import uk.childstats.downloads.Dataset;

/**
 * The official series by year as stacked bars in four bands, so the chart needs four colours, not eight: rape;
 * sexual assault or activity; sexual grooming; and the rare types (exploitation, abuse of trust) as "other". The
 * tables beside it keep every offence type and code.
 */
final class OfficialChart {
    static final String RAPE = "Rape";
    static final String ASSAULT_OR_ACTIVITY = "Sexual assault or activity";
    static final String GROOMING = "Sexual grooming";
    static final String OTHER = "Other (exploitation, abuse of trust)";

    private OfficialChart() {
    }

    static String bandOf(String groupSlug) {
        if (groupSlug.startsWith("rape-")) {
            return RAPE;
        }
        if (groupSlug.startsWith("sexual-assault-") || groupSlug.startsWith("sexual-activity-")) {
            return ASSAULT_OR_ACTIVITY;
        }
        return groupSlug.equals("sexual-grooming") ? GROOMING : OTHER;
    }

    static Chart of(SeriesTable table, String id, String heading, String fileStem) {
        Map<String, List<Long>> bands = new LinkedHashMap<>();
        for (String band : List.of(RAPE, ASSAULT_OR_ACTIVITY, GROOMING, OTHER)) {
            bands.put(band, new ArrayList<>());
        }
        for (SeriesTable.Row row : table.rows()) {
            Map<String, Long> sums = new LinkedHashMap<>();
            for (int g = 0; g < table.groupSlugs().size(); g++) {
                sums.merge(bandOf(table.groupSlugs().get(g)), row.groups().get(g), Long::sum);
            }
            bands.forEach((band, values) -> values.add(sums.getOrDefault(band, 0L)));
        }
        List<Chart.Series> series = bands.entrySet().stream().filter(e -> e.getValue().stream().anyMatch(v -> v > 0))
                .map(e -> new Chart.Series(e.getKey(), e.getValue())).toList();
        List<Long> totals = table.rows().stream().map(SeriesTable.Row::total).toList();
        return new Chart(id, Chart.Kind.STACKED_BAR, heading, Describe.trend("The official total", table.yearLabels(),
                totals), "Year", "Offences", table.yearLabels(), series, null,
                Dataset.FILE_PREFIX + fileStem + ".png");
    }
}
