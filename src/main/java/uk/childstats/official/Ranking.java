package uk.childstats.official;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/** Standard competition ranking of a list already sorted highest first: equal values share a rank (1, 2, =2, 4). */
final class Ranking {
    private Ranking() {
    }

    /** The rank of each item, written "=2" when it is shared. */
    static <T> List<String> ranks(List<T> sorted, Function<T, ?> value) {
        List<String> ranks = new ArrayList<>();
        for (int i = 0; i < sorted.size(); i++) {
            Object v = value.apply(sorted.get(i));
            int rank = i + 1;
            while (rank > 1 && Objects.equals(value.apply(sorted.get(rank - 2)), v)) {
                rank--;
            }
            long sharing = sorted.stream().filter(t -> Objects.equals(value.apply(t), v)).count();
            ranks.add((sharing > 1 ? "=" : "") + rank);
        }
        return ranks;
    }
}
