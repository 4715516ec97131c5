package org.senescope.model.overlay;

import java.util.Objects;

/**
 * What one condition of an overlay says about one network module. Immutable.
 *
 * @param moduleId        the module
 * @param label           its label
 * @param condition       the condition
 * @param geneNodes       how many of its nodes name genes
 * @param measured        how many of those have a value of an expressed gene (not below {@code --min-expression})
 * @param meanValue       the mean value of the measured nodes, {@code NaN} when none is measured
 * @param upSignificant   measured nodes with a positive value and adjusted p below the threshold
 * @param downSignificant measured nodes with a negative value and adjusted p below the threshold
 */
public record ModuleSummary(String moduleId, String label, String condition, int geneNodes, int measured,
                            double meanValue, int upSignificant, int downSignificant) {
    public ModuleSummary {
        Objects.requireNonNull(moduleId, "moduleId");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(condition, "condition");
    }
}
