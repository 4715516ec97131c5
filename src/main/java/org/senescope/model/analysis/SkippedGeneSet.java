package org.senescope.model.analysis;

import java.util.Objects;

/**
 * A gene set that was not analysed, and why.
 *
 * @param name       the set's name
 * @param sizeBefore genes in the set as given
 * @param sizeAfter  genes of the set present in the data
 * @param reason     why it was left out
 */
public record SkippedGeneSet(String name, int sizeBefore, int sizeAfter, Reason reason) {

    /** Why a set was left out. */
    public enum Reason {
        /** None of its genes are in the data. */
        NO_GENES_IN_DATA("none of its genes are in the data"),
        /** Fewer genes in the data than the minimum size. */
        BELOW_MIN_SIZE("fewer genes in the data than the minimum size"),
        /** More genes in the data than the maximum size. */
        ABOVE_MAX_SIZE("more genes in the data than the maximum size"),
        /** Every gene of the data is in the set, so there is nothing to compare it with. */
        ALL_GENES_OF_DATA("every gene of the data is in the set"),
        /** Another set of the same name came first. */
        DUPLICATE_NAME("another set of the same name came first");

        private final String text;

        Reason(String text) {
            this.text = text;
        }

        /** The reason in words, for reports. */
        public String text() {
            return text;
        }
    }

    public SkippedGeneSet {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(reason, "reason");
    }
}
