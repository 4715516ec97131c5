package org.senescope.model.data;

import java.util.Objects;

/**
 * One network module's result in a gene-set analysis, as a figure and the node tables show it.
 *
 * @param moduleId the module's id in the network (also the gene set's name in the results)
 * @param value    the statistic shown (for GSEA the NES; for camera the signed −log10 p, positive when up); NaN when
 *                 the method gave none
 * @param p        the nominal p-value, NaN when not reported
 * @param q        the multiple-testing-adjusted p-value (BH q or FDR), NaN when not reported
 * @param setSize  genes of the set found in the data (size after intersection)
 */
public record ModuleScore(String moduleId, double value, double p, double q, int setSize) {
    public ModuleScore {
        Objects.requireNonNull(moduleId, "moduleId");
        if (setSize < 0) {
            throw new IllegalArgumentException("module " + moduleId + ": set size must be 0 or more, found " + setSize);
        }
    }
}
