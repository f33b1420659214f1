package uk.childstats.official;

import java.util.List;
import java.util.Map;

/** The readable groups the official series is shown in, and the Home Office codes that make up each. */
public record OffenceGroups(List<Group> groups, List<Code> codes) {

    public record Group(String slug, String label) {
    }

    /** A Home Office offence code: what it is called, its group, and why its victim is a child. */
    public record Code(String code, String description, String groupSlug, String whyChild) {
    }

    public List<String> labels() {
        return groups.stream().map(Group::label).toList();
    }

    /** One count per group, in the groups' order, from counts by code (a code with no count adds 0). */
    public List<Long> byGroup(Map<String, Long> byCode) {
        return groups.stream().map(group -> codes.stream().filter(c -> c.groupSlug().equals(group.slug()))
                .mapToLong(c -> byCode.getOrDefault(c.code(), 0L)).sum()).toList();
    }

    public String labelOf(String groupSlug) {
        return groups.stream().filter(g -> g.slug().equals(groupSlug)).map(Group::label).findFirst().orElse(groupSlug);
    }

    public static long total(Map<String, Long> byCode) {
        return byCode.values().stream().mapToLong(Long::longValue).sum();
    }
}
