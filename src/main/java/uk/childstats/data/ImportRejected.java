package uk.childstats.data;

import java.util.List;

/** A file that was not imported, with every line that is wrong and why. The database was left as it was. */
public final class ImportRejected extends Exception {
    private final List<String> problems;

    public ImportRejected(String fileName, List<String> problems) {
        super(fileName + " was not imported: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }
}
