package uk.childstats.data;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;

/**
 * The cells of a Home Office file (year, quarter, force, code) packed into longs, with the line of each, in an
 * open-addressing table of primitive arrays: a million lines cost about 24 MB here, not the hundreds a map of
 * strings would.
 */
final class QuarterCells {
    private static final long EMPTY = Long.MIN_VALUE;
    private final Map<String, Integer> forceIndex = new HashMap<>();
    private final Map<String, Integer> codeIndex = new HashMap<>();
    private long[] keys = emptyKeys(1 << 12);
    private int[] lines = new int[1 << 12];
    private int size;

    /** The line that already holds this row's cell, or 0 after recording it as this line's. */
    int firstLineOf(HomeOfficeRow row, int line) {
        return putIfAbsent(key(row.year().startYear(), row.quarter(), row.areaSlug(), row.offenceCode()), line);
    }

    boolean contains(int startYear, int quarter, String areaSlug, String code) {
        return slot(key(startYear, quarter, areaSlug, code)) >= 0;
    }

    private long key(int startYear, int quarter, String areaSlug, String code) {
        long force = forceIndex.computeIfAbsent(areaSlug, s -> forceIndex.size());
        long offence = codeIndex.computeIfAbsent(code, c -> codeIndex.size());
        return ((long) startYear << 28) | ((long) quarter << 24) | (force << 12) | offence;
    }

    private int putIfAbsent(long key, int line) {
        if (size * 2 >= keys.length) {
            grow();
        }
        int i = index(key, keys.length);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return lines[i];
            }
            i = (i + 1) & (keys.length - 1);
        }
        keys[i] = key;
        lines[i] = line;
        size++;
        return 0;
    }

    private int slot(long key) {
        int i = index(key, keys.length);
        while (keys[i] != EMPTY) {
            if (keys[i] == key) {
                return i;
            }
            i = (i + 1) & (keys.length - 1);
        }
        return -1;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldLines = lines;
        keys = emptyKeys(oldKeys.length * 2);
        lines = new int[oldKeys.length * 2];
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldKeys[i] != EMPTY) {
                putIfAbsent(oldKeys[i], oldLines[i]);
            }
        }
    }

    private static int index(long key, int length) {
        long mixed = key * 0x9E3779B97F4A7C15L;
        return (int) (mixed >>> 40) & (length - 1);
    }

    private static long[] emptyKeys(int length) {
        long[] empty = new long[length];
        Arrays.fill(empty, EMPTY);
        return empty;
    }
}
