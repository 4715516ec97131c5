package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.senescope.failure.BadRequestException;
import org.senescope.model.format.FigureFormat;

/**
 * Per-sample gene-set scores to compute, as {@code senescope score} asks for them. Immutable.
 *
 * <p>A heat map format other than PNG, SVG or PDF is refused with a {@link BadRequestException}.
 *
 * @param expression the matrix (GCT, or a table with genes in rows and samples in columns)
 * @param log2       whether log2 of every value is taken first
 * @param method     the score and its settings
 * @param geneSets   the sets to score and their size range
 * @param groups     the samples' groups, which order the tables and the heat map; or none
 * @param heatmap    the heat map's formats (PNG, SVG, PDF), written in that order; empty for none
 * @param directory  the folder to write into
 */
public record ScoreRequest(Path expression, boolean log2, ScoreMethod method, GeneSetChoice geneSets,
                           SampleGrouping groups, Set<FigureFormat> heatmap, Path directory) {

    public ScoreRequest {
        Objects.requireNonNull(expression, "expression");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(geneSets, "geneSets");
        Objects.requireNonNull(groups, "groups");
        Set<FigureFormat> formats = EnumSet.noneOf(FigureFormat.class);
        formats.addAll(heatmap);
        heatmap = Collections.unmodifiableSet(formats);
        Objects.requireNonNull(directory, "directory");
        if (heatmap.contains(FigureFormat.HTML)) {
            throw new BadRequestException("a heat map is drawn as png, svg or pdf, not html");
        }
    }

    /** The files this request reads: the matrix, the groups file when there is one, and the GMT files. */
    public List<Path> inputs() {
        List<Path> files = new ArrayList<>(List.of(expression));
        if (groups instanceof SampleGrouping.GroupsFile file) {
            files.add(file.file());
        }
        files.addAll(geneSets.gmtFiles());
        return List.copyOf(files);
    }
}
