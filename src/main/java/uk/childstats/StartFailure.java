package uk.childstats;

import uk.childstats.data.ImportRejected;

/** Why the site could not start, in one line a person can act on: never a stack trace. */
final class StartFailure {
    private StartFailure() {
    }

    static String explain(Exception failure, Settings settings) {
        if (failure instanceof ImportRejected rejected) {
            return "a bundled data file was rejected: " + rejected.getMessage() + "; first problem: "
                    + rejected.problems().get(0);
        }
        String cause = rootCause(failure);
        if (settings.importDatabaseUrl().isPresent()) {
            return "could not use the database at " + settings.databaseUrl().orElseThrow() + " (read as '"
                    + settings.webAccount().user() + "') or its primary at " + settings.importDatabaseUrl().get()
                    + " (written as '" + settings.importAccount().user() + "'): " + cause;
        }
        if (settings.databaseUrl().isPresent()) {
            return "could not use the database at " + settings.databaseUrl().get() + " as '"
                    + settings.importAccount().user() + "': " + cause;
        }
        return cause;
    }

    private static String rootCause(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String message = root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
        return message.lines().findFirst().orElse(message).trim();
    }
}
