package uk.childstats.find;

import uk.childstats.web.Paths;

/** A territorial force the search can answer with, and its page. */
public record Force(String slug, String name, String nation) {
    public String href() {
        return Paths.force(slug);
    }

    /** "the Metropolitan Police Service" in a sentence, but "Dorset Police". */
    String inSentence() {
        return name.startsWith("Metropolitan") || name.startsWith("Police Service") ? "the " + name : name;
    }
}
