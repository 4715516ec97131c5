package org.senescope.model.overlay;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a node gets when several input rows reach it (probes of one gene, a duplicated symbol, family members). */
public enum DuplicateRule {
    /**
     * The one row with the smallest adjusted p-value, then the smallest p-value, then the largest |value| in the first
     * condition; a remaining tie goes to the row that comes first in the file. The row's values are kept together.
     */
    MOST_SIGNIFICANT("most-significant"),
    /** Per condition the mean of the rows' values; adjusted p-values cannot be averaged and are left out. */
    MEAN("mean"),
    /** Per condition the value of largest magnitude, with that row's adjusted p-value. */
    MAX_ABS("max-abs");

    private final String optionName;

    DuplicateRule(String optionName) {
        this.optionName = optionName;
    }

    /** The name on the command line and in reports. */
    public String optionName() {
        return optionName;
    }

    /** Every rule's option name, in order, comma-separated: for messages that say what is accepted. */
    public static String optionNames() {
        return Arrays.stream(values()).map(DuplicateRule::optionName).collect(Collectors.joining(", "));
    }

    /** The rule {@code name} (any case, surrounding blanks ignored) names, if any. */
    public static Optional<DuplicateRule> fromOptionName(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(r -> r.optionName.equals(wanted)).findFirst();
    }
}
