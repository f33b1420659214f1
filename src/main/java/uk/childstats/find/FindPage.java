package uk.childstats.find;

import uk.childstats.web.Page;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search page: the query only to fill the box again (the template escapes it), what was found, and for a query
 * that found nothing, examples and every force.
 */
public record FindPage(String query, boolean searched, Answer answer, Map<String, List<Force>> forcesByNation)
        implements Page {
    public static final List<String> EXAMPLES = List.of("BS1 4DJ", "CF10", "Bristol", "Rhondda", "Met");

    /** A query too long to look up is not shown back either. */
    static FindPage of(String query, Answer answer, Map<String, Force> forces) {
        Map<String, List<Force>> byNation = new LinkedHashMap<>();
        for (String nation : List.of("England", "Wales", "Scotland", "Northern Ireland")) {
            byNation.put(nation, forces.values().stream().filter(f -> f.nation().equals(nation)).toList());
        }
        String shown = query.length() > SearchText.MAX_LENGTH ? "" : query;
        return new FindPage(shown, !query.isBlank(), answer, byNation);
    }

    public String title() {
        if (!searched()) {
            return "Find your police force";
        }
        return answer.found() ? "Police forces that match your search" : "No police force found";
    }

    /** The search page shows no figures of its own, so it needs no content note. */
    @Override
    public boolean showsFigures() {
        return false;
    }

    public List<String> examples() {
        return EXAMPLES;
    }

    public int maxLength() {
        return SearchText.MAX_LENGTH;
    }
}
