package uk.childstats.find;

import java.util.ArrayList;
import java.util.List;

/** One place the query matched, the forces covering it in order, and a sentence saying how sure that is. */
public record Match(Kind kind, String place, List<Force> forces, boolean uncertain) {
    public enum Kind {
        POSTCODE_DISTRICT("postcode district"), COUNCIL("council area"), FORCE("police force");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    public String sentence() {
        List<String> names = forces.stream().map(Force::inSentence).toList();
        if (kind == Kind.FORCE) {
            return forces.get(0).name() + " is a police force.";
        }
        if (uncertain) {
            return "Addresses in " + place + " may be covered by " + String.join(" or ", names) + ". The postcode "
                    + "data counts " + place + " together with nearby districts, so it cannot say which force covers "
                    + "your address: search for your council area to be sure.";
        }
        String where = kind == Kind.COUNCIL ? place + " (council area) is" : "Addresses in " + place + " are";
        if (names.size() == 1) {
            return where + " covered by " + names.get(0) + ".";
        }
        List<String> others = new ArrayList<>();
        names.subList(1, names.size()).forEach(n -> others.add("some by " + n));
        return "Most addresses in " + place + " are covered by " + names.get(0) + "; " + String.join(", and ", others)
                + ".";
    }
}
