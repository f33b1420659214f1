package uk.childstats.compare;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * What the address asks for: one series, one measure and the forces, with defaults (FOI figures, counts) when a
 * parameter is absent. A value the page does not offer, or two series at once, is a problem that needs a new choice.
 */
record CompareChoice(CompareSeries series, CompareMeasure measure, List<String> forceSlugs, List<String> problems) {
    static final String FORCE_PARAMETER = "force";
    private static final int LONGEST_ECHO = 60;

    static CompareChoice from(Map<String, List<String>> query) {
        List<String> problems = new ArrayList<>();
        CompareSeries series = one(query, CompareSeries.PARAMETER, CompareSeries::fromValue, CompareSeries.FOI,
                "series", "FOI figures or official figures", problems);
        CompareMeasure measure = one(query, CompareMeasure.PARAMETER, CompareMeasure::fromValue, CompareMeasure.COUNT,
                "measure", "a number of offences or offences per 1,000 children", problems);
        List<String> forces = List.copyOf(new LinkedHashSet<>(query.getOrDefault(FORCE_PARAMETER, List.of())));
        return new CompareChoice(series, measure, forces, problems);
    }

    boolean valid() {
        return problems.isEmpty();
    }

    private static <T> T one(Map<String, List<String>> query, String parameter, Function<String, Optional<T>> parse,
                             T fallback, String what, String offered, List<String> problems) {
        List<String> values = List.copyOf(new LinkedHashSet<>(query.getOrDefault(parameter, List.of())));
        if (values.isEmpty()) {
            return fallback;
        }
        if (values.size() > 1) {
            problems.add("Choose one " + what + " at a time: a comparison never mixes them.");
            return fallback;
        }
        Optional<T> parsed = parse.apply(values.get(0));
        if (parsed.isEmpty()) {
            problems.add("“" + echo(values.get(0)) + "” is not a " + what + " this page offers: choose " + offered
                    + ".");
        }
        return parsed.orElse(fallback);
    }

    static String echo(String text) {
        String printable = text.replaceAll("\\p{Cntrl}", "");
        return printable.length() > LONGEST_ECHO ? printable.substring(0, LONGEST_ECHO) + "…" : printable;
    }
}
