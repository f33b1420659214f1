package uk.childstats.compare;

import java.util.Arrays;
import java.util.Optional;
import java.util.function.Function;

/** One choice of the comparison form: its value in the address, its label and hint, and what it means in full. */
record FormOption(String value, String label, String hint, String detail) {

    /** The choice among all whose value is the one given, if any. */
    static <E> Optional<E> find(E[] all, Function<E, FormOption> option, String value) {
        return Arrays.stream(all).filter(e -> option.apply(e).value().equals(value)).findFirst();
    }
}
