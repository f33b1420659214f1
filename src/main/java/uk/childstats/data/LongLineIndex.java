package uk.childstats.data;

import java.util.Arrays;
import java.util.HashSet;
import java.util.Set;

/** Line fingerprints in two growing primitive arrays, and the lines whose fingerprints are shared. */
final class LongLineIndex {
    private long[] fingerprints = new long[1024];
    private int[] lines = new int[1024];
    private int size;

    void add(long fingerprint, int line) {
        if (size == fingerprints.length) {
            fingerprints = Arrays.copyOf(fingerprints, size * 2);
            lines = Arrays.copyOf(lines, size * 2);
        }
        fingerprints[size] = fingerprint;
        lines[size] = line;
        size++;
    }

    Set<Integer> linesSharingAFingerprint() {
        long[] sorted = Arrays.copyOf(fingerprints, size);
        Arrays.sort(sorted);
        Set<Long> shared = new HashSet<>();
        for (int i = 1; i < size; i++) {
            if (sorted[i] == sorted[i - 1]) {
                shared.add(sorted[i]);
            }
        }
        Set<Integer> suspects = new HashSet<>();
        for (int i = 0; i < size && !shared.isEmpty(); i++) {
            if (shared.contains(fingerprints[i])) {
                suspects.add(lines[i]);
            }
        }
        return suspects;
    }
}
