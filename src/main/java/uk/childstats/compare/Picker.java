package uk.childstats.compare;

import java.util.Arrays;
import java.util.List;
import uk.childstats.figures.Area;

/** The plain GET form: one series, one measure (radio buttons) and up to six forces (checkboxes). */
public record Picker(List<Choice> series, List<Choice> measures, List<Choice> forces) {

    /** A radio button or checkbox: its field name and value, its label, an optional hint, and whether chosen. */
    public record Choice(String name, String value, String label, String hint, boolean checked) {
        public String id() {
            return name + "-" + value;
        }

        public String hintId() {
            return id() + "-hint";
        }

        public boolean hasHint() {
            return hint != null;
        }
    }

    static Picker of(CompareChoice choice, List<Area> forces, List<Area> chosen) {
        List<Choice> series = Arrays.stream(CompareSeries.values()).map(s -> new Choice(CompareSeries.PARAMETER,
                s.option().value(), s.option().label(), s.option().hint(), s == choice.series())).toList();
        List<Choice> measures = Arrays.stream(CompareMeasure.values()).map(m -> new Choice(CompareMeasure.PARAMETER,
                m.option().value(), m.option().label(), m.option().hint(), m == choice.measure())).toList();
        List<Choice> boxes = forces.stream().map(f -> new Choice(CompareChoice.FORCE_PARAMETER, f.slug(), f.name(),
                null, chosen.contains(f))).toList();
        return new Picker(series, measures, boxes);
    }
}
