package org.senescope.model.data;

import java.util.List;
import java.util.Objects;

/**
 * The group of each sample, as a CLS file or a sample sheet gives it, in the order of the samples.
 *
 * @param groupNames the distinct groups in the order the source declares them (e.g. {@code MUT}, {@code WT})
 * @param labels     one group name per sample, each one of {@code groupNames}
 */
public record SampleGroups(List<String> groupNames, List<String> labels) {
    public SampleGroups {
        groupNames = List.copyOf(groupNames);
        labels = List.copyOf(labels);
        for (String l : labels) {
            if (!groupNames.contains(Objects.requireNonNull(l, "label"))) {
                throw new IllegalArgumentException("label " + l + " is not one of the groups " + groupNames);
            }
        }
    }

    /** How many samples belong to the group. */
    public long count(String group) {
        return labels.stream().filter(group::equals).count();
    }
}
