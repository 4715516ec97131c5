package org.senescope.model;

import java.util.Arrays;
import java.util.Optional;

/** The effect a relation has on its target: raises it, lowers it, or neither (binding, membership, marking). */
public enum Sign {
    POSITIVE("+"),
    NEGATIVE("-"),
    NONE("0");

    private final String symbol;

    Sign(String symbol) {
        this.symbol = symbol;
    }

    /** "+", "-" or "0", as written in curation files and exports. */
    public String symbol() {
        return symbol;
    }

    public static Optional<Sign> fromSymbol(String symbol) {
        return Arrays.stream(values()).filter(s -> s.symbol.equals(symbol)).findFirst();
    }
}
