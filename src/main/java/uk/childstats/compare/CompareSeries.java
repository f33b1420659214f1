package uk.childstats.compare;

import java.util.Optional;

/** The two series a comparison can show, one at a time: they count different things and are never mixed. */
enum CompareSeries {
    FOI(new FormOption("foi", "FOI figures as published",
            "What each force gave in answer to Freedom of Information requests. Every UK force, but not every year.",
            "Child sexual offences recorded by each force, as the forces gave them in answer to Freedom of "
                    + "Information requests; each figure's source is on the force's page.")),
    OFFICIAL(new FormOption("official", "Official figures (Home Office)",
            "Police recorded crime under the offence codes whose victim is a child by definition. England and Wales only.",
            "Offences recorded under the 11 Home Office offence codes whose definition makes the victim a child "
                    + "(under 13, under 16 or under 18). England and Wales only; a different measure from the FOI "
                    + "figures, never to be added to them."));

    static final String PARAMETER = "series";
    private final FormOption option;

    CompareSeries(FormOption option) {
        this.option = option;
    }

    static Optional<CompareSeries> fromValue(String value) {
        return FormOption.find(values(), e -> e.option, value);
    }

    FormOption option() {
        return option;
    }
}
