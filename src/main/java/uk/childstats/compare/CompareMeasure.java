package uk.childstats.compare;

import java.util.Arrays;
import java.util.Optional;

/** What a comparison shows of its series: the number of offences, or offences per 1,000 children. */
enum CompareMeasure {
    COUNT("count", "Number of offences", "What each force recorded. Larger forces record more.",
            "Offences recorded"),
    RATE("rate", "Offences per 1,000 children",
            "Offences ÷ children aged 0 to 17 living in the force area × 1,000, so forces of different sizes can be "
                    + "compared. Only for years with an estimate of the children living there.", "Offences per 1,000 children");

    static final String PARAMETER = "measure";
    private final String value;
    private final String label;
    private final String hint;
    private final String axisTitle;

    CompareMeasure(String value, String label, String hint, String axisTitle) {
        this.value = value;
        this.label = label;
        this.hint = hint;
        this.axisTitle = axisTitle;
    }

    static Optional<CompareMeasure> fromValue(String value) {
        return Arrays.stream(values()).filter(m -> m.value.equals(value)).findFirst();
    }

    String value() {
        return value;
    }

    String label() {
        return label;
    }

    String hint() {
        return hint;
    }

    String axisTitle() {
        return axisTitle;
    }
}
