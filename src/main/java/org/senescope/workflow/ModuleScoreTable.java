package org.senescope.workflow;

import java.nio.file.Path;
import java.util.Objects;

import org.senescope.model.analysis.OtherSetPolicy;

/**
 * A {@code senescope gsea} or {@code camera} results table of the network's modules, drawn on a figure as numbered
 * badges on the nodes and listed in the legend. Immutable; nulls are not accepted.
 *
 * @param file      the results table
 * @param otherSets what to do with rows of gene sets that are not modules of the network
 */
public record ModuleScoreTable(Path file, OtherSetPolicy otherSets) {
    public ModuleScoreTable {
        Objects.requireNonNull(file, "file");
        Objects.requireNonNull(otherSets, "otherSets");
    }
}
