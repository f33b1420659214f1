package uk.childstats.data;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * What a release changed against the one before it, figure by figure. A figure is a force's year: the sum of its
 * child codes, the number the site shows first, so "revised" means a number a reader saw has changed.
 */
record ReleaseChanges(int added, int revised, int withdrawn, List<Revision> revisions) {
    record ForceYear(String areaSlug, String year) {
    }

    record Revision(ForceYear figure, long was, long now) {
    }

    static ReleaseChanges between(Map<ForceYear, Long> before, Map<ForceYear, Long> after) {
        int added = 0;
        List<Revision> revisions = new java.util.ArrayList<>();
        for (Map.Entry<ForceYear, Long> figure : after.entrySet()) {
            Long was = before.get(figure.getKey());
            if (was == null) {
                added++;
            } else if (!Objects.equals(was, figure.getValue())) {
                revisions.add(new Revision(figure.getKey(), was, figure.getValue()));
            }
        }
        int withdrawn = (int) before.keySet().stream().filter(key -> !after.containsKey(key)).count();
        return new ReleaseChanges(added, revisions.size(), withdrawn, List.copyOf(revisions));
    }

    static Map<ForceYear, Long> totals(List<HomeOfficeYears.YearCount> counts) {
        Map<ForceYear, Long> totals = new HashMap<>();
        for (HomeOfficeYears.YearCount count : counts) {
            totals.merge(new ForceYear(count.key().areaSlug(), count.key().year().label()), count.offences(), Long::sum);
        }
        return totals;
    }
}
