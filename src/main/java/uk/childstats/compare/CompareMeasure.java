package uk.childstats.compare;

import java.util.Optional;

/** What a comparison shows of its series: the number of offences, or offences per 1,000 children. */
enum CompareMeasure {
    COUNT(new FormOption("count", "Number of offences", "What each force recorded. Larger forces record more.",
            "Offences recorded")),
    RATE(new FormOption("rate", "Offences per 1,000 children",
            "Offences ÷ children aged 0 to 17 living in the force area × 1,000, so forces of different sizes can be "
                    + "compared. Only for years with an estimate of the children living there.", "Offences per 1,000 children"));

    static final String PARAMETER = "measure";
    private final FormOption option;

    CompareMeasure(FormOption option) {
        this.option = option;
    }

    static Optional<CompareMeasure> fromValue(String value) {
        return FormOption.find(values(), e -> e.option, value);
    }

    FormOption option() {
        return option;
    }
}
