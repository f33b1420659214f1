package uk.childstats.data;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * The rule that picks the one value the site shows when several sources published figures for the same force,
 * year and measure. It is stated on the About page; keep the two in step.
 *
 * <ol start="0">
 *   <li>A correction pins the value: where {@code data/foi_corrections.csv} records that the force corrected a
 *   figure, as a source reported it, the value is the corrected one, taken from that source's row.</li>
 *   <li>The value whose latest dated publication is the most recent wins: the NSPCC revises earlier years, and a
 *   later release carries the revision.</li>
 *   <li>Between values with no date, or the same latest date, the value published by more separate sources
 *   wins (the same sentence printed by several sister papers is one source).</li>
 *   <li>Then a value from one of the two seed articles; then the value that comes first in the file.</li>
 * </ol>
 */
final class OneValuePerCell {
    record Candidate(int line, String areaSlug, String year, String measure, long value, String sourceUrl,
                     String published, String quote) {
        boolean isSeed() {
            return sourceUrl.startsWith("seed:");
        }
    }

    record CellKey(String areaSlug, String year, String measure) {
    }

    record Choice(CellKey cell, long value, Candidate chosen, String reason) {
    }

    /** A force's correction of a cell, as the source at {@code sourceUrl} reported it; checked against the file. */
    record Correction(int line, CellKey cell, long value, String sourceUrl, String reportedBy) {
        boolean pins(Candidate row) {
            return row.value() == value && row.sourceUrl().equals(sourceUrl);
        }
    }

    private record ValueGroup(long value, List<Candidate> rows) {
        String latestDate() {
            return rows.stream().map(Candidate::published).filter(Objects::nonNull).max(Comparator.naturalOrder())
                    .orElse(null);
        }

        /**
         * Separate sources: rows from the same page are one source, and so are rows quoting the same sentence
         * (sister papers printing one syndicated article), so a syndicated figure is not counted once per paper.
         */
        long sourceCount() {
            java.util.Set<String> urls = new java.util.HashSet<>();
            java.util.Set<String> sentences = new java.util.HashSet<>();
            long sources = 0;
            for (Candidate row : rows) {
                String sentence = row.quote() == null ? "" : row.quote().trim().replaceAll("\\s+", " ")
                        .toLowerCase(java.util.Locale.ROOT);
                boolean known = urls.contains(row.sourceUrl()) || (!sentence.isEmpty() && sentences.contains(sentence));
                if (!known) {
                    sources++;
                }
                urls.add(row.sourceUrl());
                if (!sentence.isEmpty()) {
                    sentences.add(sentence);
                }
            }
            return sources;
        }

        boolean hasSeed() {
            return rows.stream().anyMatch(Candidate::isSeed);
        }

        int firstLine() {
            return rows.stream().mapToInt(Candidate::line).min().orElseThrow();
        }
    }

    private static final Comparator<ValueGroup> WINNER_FIRST = Comparator
            .comparing(ValueGroup::latestDate, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(ValueGroup::sourceCount, Comparator.reverseOrder())
            .thenComparing(ValueGroup::hasSeed, Comparator.reverseOrder())
            .thenComparing(ValueGroup::firstLine);

    /** The row cited for the chosen value: the latest dated, then a public page before a seed article (no address). */
    private static final Comparator<Candidate> BEST_ROW_FIRST = Comparator
            .comparing(Candidate::published, Comparator.nullsLast(Comparator.<String>reverseOrder()))
            .thenComparing(Candidate::isSeed)
            .thenComparing(Candidate::line);

    private OneValuePerCell() {
    }

    static List<Choice> choose(List<Candidate> candidates) {
        return choose(candidates, List.of());
    }

    /** Every correction must name a value its source published for that cell: the file check makes sure. */
    static List<Choice> choose(List<Candidate> candidates, List<Correction> corrections) {
        Map<CellKey, Correction> correctionByCell = corrections.stream()
                .collect(Collectors.toMap(Correction::cell, c -> c));
        Map<CellKey, List<Candidate>> byCell = candidates.stream().collect(Collectors.groupingBy(
                c -> new CellKey(c.areaSlug(), c.year(), c.measure()), LinkedHashMap::new, Collectors.toList()));
        List<Choice> choices = new ArrayList<>();
        byCell.forEach((cell, rows) -> choices.add(chooseOne(cell, rows, correctionByCell.get(cell))));
        return choices;
    }

    private static Choice chooseOne(CellKey cell, List<Candidate> rows, Correction correction) {
        List<ValueGroup> groups = rows.stream()
                .collect(Collectors.groupingBy(Candidate::value, LinkedHashMap::new, Collectors.toList()))
                .entrySet().stream().map(e -> new ValueGroup(e.getKey(), e.getValue()))
                .sorted(WINNER_FIRST).toList();
        if (correction != null) {
            return corrected(cell, rows, correction, groups.size() - 1);
        }
        ValueGroup winner = groups.get(0);
        Candidate chosen = winner.rows().stream().sorted(BEST_ROW_FIRST).findFirst().orElseThrow();
        return new Choice(cell, winner.value(), chosen, reason(winner, groups));
    }

    private static Choice corrected(CellKey cell, List<Candidate> rows, Correction correction, int otherValues) {
        Candidate chosen = rows.stream().filter(correction::pins).sorted(BEST_ROW_FIRST).findFirst()
                .orElseThrow(() -> new IllegalStateException("the correction on line " + correction.line()
                        + " names a value its source did not publish for " + cell));
        String reason = "corrected by the force, as reported by " + correction.reportedBy();
        String others = otherValues == 0 ? "" : "; " + others(otherValues);
        return new Choice(cell, correction.value(), chosen, reason + others);
    }

    private static String others(int otherValues) {
        return otherValues + " other value" + (otherValues > 1 ? "s" : "") + " published";
    }

    private static String reason(ValueGroup winner, List<ValueGroup> groups) {
        long sources = winner.sourceCount();
        String agreement = sources == 1 ? "one source" : sources + " sources agree";
        if (groups.size() == 1) {
            return agreement;
        }
        ValueGroup runnerUp = groups.get(1);
        String others = others(groups.size() - 1);
        if (winner.latestDate() != null && !winner.latestDate().equals(runnerUp.latestDate())) {
            return "most recent publication (" + winner.latestDate() + "); " + others;
        }
        if (sources != runnerUp.sourceCount()) {
            return "published by more sources (" + sources + "); " + others;
        }
        if (winner.hasSeed() && !runnerUp.hasSeed()) {
            return "from an article the figures were first compiled from; " + others;
        }
        return "first in the file; " + others;
    }
}
