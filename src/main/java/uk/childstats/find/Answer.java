package uk.childstats.find;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/** Everything a query matched: none, one force for certain, or several places to choose from. */
public record Answer(List<Match> matches) {
    static final Answer NONE = new Answer(List.of());

    public boolean found() {
        return !matches.isEmpty();
    }

    /** The force to go straight to: only when every match names the same one force, with no doubt. */
    public Optional<Force> onlyForce() {
        List<Force> forces = forces();
        boolean certain = matches.stream().noneMatch(Match::uncertain);
        return forces.size() == 1 && certain ? Optional.of(forces.get(0)) : Optional.empty();
    }

    /** Every force named, in the order first named. */
    public List<Force> forces() {
        Set<Force> forces = new LinkedHashSet<>();
        matches.forEach(m -> forces.addAll(m.forces()));
        return List.copyOf(forces);
    }
}
