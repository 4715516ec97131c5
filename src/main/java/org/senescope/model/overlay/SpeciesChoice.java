package org.senescope.model.overlay;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** Which species the user says the data are from, or {@link #AUTO} to detect it per identifier column. */
public enum SpeciesChoice {
    AUTO,
    HUMAN,
    MOUSE;

    /** The name on the command line, in commands and in recipes: {@code auto}, {@code human}, {@code mouse}. */
    public String optionName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The choice {@code name} (any case, surrounding blanks ignored) names, if any. */
    public static Optional<SpeciesChoice> fromOptionName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(s -> s.optionName().equals(wanted)).findFirst();
    }
}
