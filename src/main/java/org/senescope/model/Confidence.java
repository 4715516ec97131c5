package org.senescope.model;

import java.util.Arrays;
import java.util.Optional;

/** Whether the source states a claim in so many words or the curator reads it from the text. */
public enum Confidence {
    STATED("stated"),
    IMPLIED("implied");

    private final String label;

    Confidence(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static Optional<Confidence> fromLabel(String label) {
        return Arrays.stream(values()).filter(c -> c.label.equals(label)).findFirst();
    }
}
