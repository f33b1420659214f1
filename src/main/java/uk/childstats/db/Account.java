package uk.childstats.db;

/** A database user name and its password. */
public record Account(String user, String password) {
    @Override
    public String toString() {
        return "Account[" + user + "]";
    }
}
