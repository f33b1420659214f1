package uk.childstats.find;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import org.jooq.DSLContext;

/**
 * Answers a query with the forces that cover it: a postcode district first, then names, the closest kind of match
 * winning (the whole name, then its start, then the start of a later word).
 */
final class ForceFinder {
    private static final List<BiPredicate<Place, String>> CLOSEST_FIRST = List.of(Place::is, Place::startsWith,
            Place::hasWordStarting);
    private final Lookups lookups;

    ForceFinder(DSLContext dsl) {
        this.lookups = new Lookups(dsl);
    }

    Map<String, Force> forces() {
        return lookups.forces();
    }

    Answer find(String query) {
        if (query == null || query.isBlank() || query.length() > SearchText.MAX_LENGTH) {
            return Answer.NONE;
        }
        Map<String, Force> forces = lookups.forces();
        Optional<String> district = SearchText.postcodeDistrict(query);
        if (district.isPresent()) {
            List<Force> covering = lookups.district(district.get(), forces);
            if (!covering.isEmpty()) {
                return new Answer(List.of(new Match(Match.Kind.POSTCODE_DISTRICT, district.get(), covering,
                        lookups.districtUncertain(district.get()))));
            }
        }
        String words = SearchText.words(query);
        if (words.length() < 2) {
            return Answer.NONE;
        }
        List<Place> places = lookups.places(forces);
        for (BiPredicate<Place, String> closeness : CLOSEST_FIRST) {
            List<Place> matched = places.stream().filter(p -> closeness.test(p, words)).toList();
            if (!matched.isEmpty()) {
                return new Answer(matches(matched));
            }
        }
        return Answer.NONE;
    }

    /** One match per force found by name, one per council; forces first, then councils, each by name. */
    private static List<Match> matches(List<Place> places) {
        Map<String, Match> byKey = new LinkedHashMap<>();
        places.stream().sorted(Comparator.comparing(Place::kind, Comparator.reverseOrder())
                        .thenComparing(Place::name))
                .forEach(p -> byKey.putIfAbsent(p.kind() + "|" + p.name(),
                        new Match(p.kind(), p.name(), List.of(p.force()), false)));
        return new ArrayList<>(byKey.values());
    }
}
