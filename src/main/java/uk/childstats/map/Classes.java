package uk.childstats.map;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Five classes of equal count (quintiles): each holds about a fifth of the forces, so the colours spread whatever the
 * range. Equal values always share a class; a class that ties leave empty is dropped.
 */
final class Classes {
    /** ColorBrewer "Blues", light to dark: sequential and safe for colour-blind readers. */
    static final List<String> PALETTE = List.of("#c6dbef", "#9ecae1", "#6baed6", "#3182bd", "#08519c");

    /** One class: its number (1 to 5, which picks its colour) and the lowest and highest value in it. */
    record Band(int number, BigDecimal lowest, BigDecimal highest) {
        String colour() {
            return PALETTE.get(number - 1);
        }

        boolean holds(BigDecimal value) {
            return value.compareTo(lowest) >= 0 && value.compareTo(highest) <= 0;
        }
    }

    private final List<Band> bands;

    private Classes(List<Band> bands) {
        this.bands = bands;
    }

    static Classes of(Collection<BigDecimal> values) {
        List<BigDecimal> sorted = values.stream().sorted().toList();
        int n = sorted.size();
        List<Band> bands = new ArrayList<>();
        BigDecimal below = null;
        for (int k = 1; k <= PALETTE.size() && n > 0; k++) {
            BigDecimal upper = sorted.get(Math.max(0, k * n / PALETTE.size() - 1));
            BigDecimal floor = below;
            List<BigDecimal> members = sorted.stream()
                    .filter(v -> (floor == null || v.compareTo(floor) > 0) && v.compareTo(upper) <= 0).toList();
            if (!members.isEmpty()) {
                bands.add(new Band(k, members.get(0), members.get(members.size() - 1)));
                below = upper;
            }
        }
        return new Classes(bands);
    }

    List<Band> bands() {
        return bands;
    }

    Band of(BigDecimal value) {
        return bands.stream().filter(b -> b.holds(value)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("not a classed value"));
    }
}
