package org.senescope.read.samplesheet;

import java.util.List;
import java.util.Objects;

import org.senescope.model.data.SampleGroups;

/**
 * A sample sheet matched to a matrix: the group of every matrix sample in the matrix's column order, and the sheet's
 * samples that the matrix does not have (left out under {@link ExtraSamples#LEAVE_OUT}). Immutable.
 *
 * @param groups  one group per matrix sample, in the matrix's order; the group names in the sheet's order
 * @param leftOut the sheet's samples the matrix lacks, in sheet order (empty under {@link ExtraSamples#REFUSE})
 */
public record MatchedGroups(SampleGroups groups, List<String> leftOut) {
    public MatchedGroups {
        Objects.requireNonNull(groups, "groups");
        leftOut = List.copyOf(leftOut);
    }
}
