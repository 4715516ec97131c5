package org.senescope.read.results;

import java.util.List;
import java.util.Objects;

import org.senescope.model.analysis.OtherSetPolicy;
import org.senescope.model.data.ModuleScores;

/**
 * The module scores read from one results file, with the rows left out under {@link OtherSetPolicy#SKIP}.
 *
 * @param scores    the modules' scores
 * @param otherSets gene sets in the file that are not modules of the network, in file order (empty under FAIL)
 */
public record ModuleScoreFile(ModuleScores scores, List<String> otherSets) {
    public ModuleScoreFile {
        Objects.requireNonNull(scores, "scores");
        otherSets = List.copyOf(otherSets);
    }
}
