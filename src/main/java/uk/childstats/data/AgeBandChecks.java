package uk.childstats.data;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Impossible age bands: within one source, force and year, a band can never exceed a wider band or the total
 * (under 1 ≤ aged 4 and under ≤ aged 10 and under ≤ total; under 4 ≤ aged 4 and under; under 10 ≤ aged 10 and
 * under). Rows set aside by the errata are not checked: they are known to be wrong.
 */
final class AgeBandChecks {
    /** Each narrower measure and the wider measures it may never exceed. */
    private static final Map<String, List<String>> WIDER = Map.of(
            "victims_under_1", List.of("victims_aged_4_and_under", "victims_aged_10_and_under", "total_offences"),
            "victims_under_4", List.of("victims_aged_4_and_under", "victims_aged_10_and_under", "total_offences"),
            "victims_aged_4_and_under", List.of("victims_aged_10_and_under", "total_offences"),
            "victims_under_10", List.of("victims_aged_10_and_under", "total_offences"),
            "victims_aged_10_and_under", List.of("total_offences"));

    private AgeBandChecks() {
    }

    static List<String> problems(List<FoiRow> rows, Map<Integer, String> setAside) {
        Map<String, FoiRow> byKey = new HashMap<>();
        for (FoiRow row : rows) {
            if (!setAside.containsKey(row.line())) {
                byKey.putIfAbsent(key(row, row.measureCode()), row);
            }
        }
        List<String> problems = new ArrayList<>();
        for (FoiRow row : rows) {
            if (setAside.containsKey(row.line())) {
                continue;
            }
            for (String wider : WIDER.getOrDefault(row.measureCode(), List.of())) {
                FoiRow widerRow = byKey.get(key(row, wider));
                if (widerRow != null && row.value() > widerRow.value()) {
                    problems.add("line " + row.line() + ": " + row.measureCode() + " " + row.value() + " is larger "
                            + "than " + wider + " " + widerRow.value() + " (line " + widerRow.line() + ") from the same "
                            + "source for the same force and year: a narrower age band cannot exceed a wider one");
                }
            }
        }
        return problems;
    }

    private static String key(FoiRow row, String measure) {
        return row.areaSlug() + "|" + row.year().label() + "|" + measure + "|" + row.source().url();
    }
}
