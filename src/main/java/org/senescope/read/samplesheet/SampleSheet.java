package org.senescope.read.samplesheet;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;

import org.senescope.model.data.SampleGroups;

/**
 * A sample sheet as read: each sample's name and group, in the sheet's row order, with the row's line for messages.
 * Immutable.
 *
 * @param source       the file as the user named it
 * @param sampleColumn the header of the column the samples came from
 * @param sampleField  the 1-based field number of that column
 * @param groupColumn  the header of the column the groups came from
 * @param samples      sample names, unique, stripped of surrounding spaces
 * @param groups       one group per sample, never empty
 * @param lines        the 1-based line (for xlsx, the row number) of each sample
 */
public record SampleSheet(String source, String sampleColumn, int sampleField, String groupColumn, List<String> samples,
                          List<String> groups, List<Long> lines) {

    public SampleSheet {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(sampleColumn, "sampleColumn");
        Objects.requireNonNull(groupColumn, "groupColumn");
        samples = List.copyOf(samples);
        groups = List.copyOf(groups);
        lines = List.copyOf(lines);
        if (groups.size() != samples.size() || lines.size() != samples.size()) {
            throw new IllegalArgumentException("one group and one line per sample are needed");
        }
    }

    /** The groups in order of first appearance in the sheet. */
    public List<String> groupNames() {
        return List.copyOf(new LinkedHashSet<>(groups));
    }

    /** The groups of the sheet's samples, in the sheet's order. */
    public SampleGroups sampleGroups() {
        return new SampleGroups(groupNames(), groups);
    }
}
