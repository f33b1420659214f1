package uk.childstats.support;

import java.text.NumberFormat;
import java.util.Locale;

/** Whole numbers as a UK reader sees them (1,483), worked out by the JDK rather than by the site's own formatting. */
public final class Numbers {
    private Numbers() {
    }

    public static String uk(long n) {
        return NumberFormat.getIntegerInstance(Locale.UK).format(n);
    }
}
