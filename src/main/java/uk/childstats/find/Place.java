package uk.childstats.find;

/** A name the search knows (a council area, a force or a force's short name) and the force it leads to. */
record Place(Match.Kind kind, String name, String words, Force force) {
    Place(Match.Kind kind, String name, Force force) {
        this(kind, name, SearchText.words(name), force);
    }

    boolean is(String query) {
        return words.equals(query);
    }

    boolean startsWith(String query) {
        return words.startsWith(query);
    }

    /** "rhondda" in "cynon rhondda" too: a later word starts with the query. */
    boolean hasWordStarting(String query) {
        return (" " + words).contains(" " + query);
    }
}
