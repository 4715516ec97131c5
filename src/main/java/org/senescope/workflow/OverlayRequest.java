package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.model.Network;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.failure.BadRequestException;

/**
 * Lay a user's expression data over a network. Immutable; nulls are not accepted.
 *
 * <p>A matrix with groups that comes with named columns, and tables without any file, are refused with a
 * {@link BadRequestException} (the command line checks first, with its own option names).
 *
 * @param input   the data: tables, or a matrix with sample groups
 * @param network the network to lay them over
 * @param options which columns, species, duplicate rule, colour range
 * @param output  the files to write, or none
 */
public record OverlayRequest(Input input, Target network, OverlayOptions options, FileOutput output) {

    public OverlayRequest {
        Objects.requireNonNull(input, "input");
        Objects.requireNonNull(network, "network");
        Objects.requireNonNull(options, "options");
        Objects.requireNonNull(output, "output");
        if (input instanceof GroupedMatrix && (options.idColumn() instanceof ColumnChoice.Named
                || !options.valueColumns().isEmpty() || options.adjustedPColumn() instanceof ColumnChoice.Named)) {
            throw new BadRequestException("a matrix with groups has its identifiers in its first column and "
                    + "computed values: name no identifier, value or adjusted p-value column");
        }
    }

    /** The data to lay over the network. */
    public sealed interface Input permits Tables, GroupedMatrix {
    }

    /**
     * Data files, each read as a table: DESeq2, limma, edgeR or Seurat results, matrices, GCT, ranked lists; several
     * files give several conditions.
     *
     * @param files at least one
     */
    public record Tables(List<Path> files) implements Input {
        public Tables {
            files = List.copyOf(files);
            if (files.isEmpty()) {
                throw new BadRequestException("no data files: give at least one table, matrix or ranked list");
            }
        }
    }

    /**
     * One expression matrix whose samples fall into groups: its values become a limma contrast of two groups, or the
     * mean of each group. The matrix's first column holds the identifiers, so the request's options must leave the
     * identifier, value and adjusted p-value columns to detection.
     *
     * @param matrix   the matrix file (any table, or GCT)
     * @param groups   the file of the samples' groups (CLS or sample sheet), read once the matrix is read
     * @param contrast the two groups to compare, or the group means
     * @param log2     whether to take log2 of every value first (linear-scale intensities)
     */
    public record GroupedMatrix(Path matrix, SampleGrouping.GroupsFile groups, Contrast contrast, boolean log2) implements Input {
        public GroupedMatrix {
            Objects.requireNonNull(matrix, "matrix");
            Objects.requireNonNull(groups, "groups");
            Objects.requireNonNull(contrast, "contrast");
        }
    }

    /** What to compute from the groups. */
    public sealed interface Contrast permits GroupMeans, Compare {
    }

    /** The mean of each group's samples, one condition per group; no test. */
    public record GroupMeans() implements Contrast {
    }

    /**
     * limma's moderated t of two groups.
     *
     * @param spec {@code TEST-REFERENCE}, e.g. {@code MUT-WT}
     */
    public record Compare(String spec) implements Contrast {
        public Compare {
            Objects.requireNonNull(spec, "spec");
        }
    }

    /** The network the data go over. */
    public sealed interface Target permits Bundled, Given {
    }

    /** The bundled senescence–immunity network. */
    public record Bundled() implements Target {
    }

    /**
     * Another network, such as one made from a Cytoscape network whose nodes carry gene identifiers.
     *
     * @param network its gene nodes name genes through their symbols and identifiers
     */
    public record Given(Network network) implements Target {
        public Given {
            Objects.requireNonNull(network, "network");
        }
    }

    /** The files this request reads: the tables, or the matrix and its groups file. */
    public List<Path> inputs() {
        if (input instanceof GroupedMatrix grouped) {
            return List.of(grouped.matrix(), grouped.groups().file());
        }
        return ((Tables) input).files();
    }
}
