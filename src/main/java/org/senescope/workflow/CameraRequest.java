package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A gene-set test of two sample groups, as {@code senescope camera} asks for it. Immutable.
 *
 * @param expression the matrix on the log scale (GCT, or a table with genes in rows)
 * @param log2       whether log2 of every value is taken first
 * @param groups     the samples' groups
 * @param contrast   the two groups compared
 * @param method     camera or fry, with their settings
 * @param geneSets   the sets to test and their size range
 * @param directory  the folder to write into
 */
public record CameraRequest(Path expression, boolean log2, SampleGrouping.GroupsFile groups, ContrastChoice contrast,
                            CameraMethod method, GeneSetChoice geneSets, Path directory) {

    public CameraRequest {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(groups, "groups");
        Objects.requireNonNull(contrast, "contrast");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(geneSets, "geneSets");
        Objects.requireNonNull(directory, "directory");
    }

    /** The files this request reads: the matrix, the groups file and the GMT files. */
    public List<Path> inputs() {
        List<Path> files = new ArrayList<>(List.of(expression, groups.file()));
        files.addAll(geneSets.gmtFiles());
        return List.copyOf(files);
    }
}
