package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.format.NetworkFormat;

/**
 * What a GSEA writes besides its result: nothing (the Cytoscape app puts the result into its own tables), or files
 * in a folder, as {@code senescope gsea} writes them.
 */
public sealed interface GseaOutputs {

    /** The sub-folder of the output folder that holds the enrichment plots. */
    String PLOTS_FOLDER = "plots";

    /** No files. */
    record None() implements GseaOutputs {
    }

    /**
     * The results, skipped-sets and settings tables in {@code directory}, with optional extras.
     *
     * <p>A negative {@code plots}, or a format that cannot carry module scores, is refused with a
     * {@link BadRequestException}.
     *
     * @param directory the folder to write into
     * @param plots     how many of the most significant sets get an enrichment plot (PNG, SVG and PDF, in
     *                  {@value #PLOTS_FOLDER}); 0 for none
     * @param figure    formats of the network figure with each module's NES; empty for none
     * @param export    network formats whose node tables carry the module scores; empty for none
     */
    record Files(Path directory, int plots, List<FigureFormat> figure, List<NetworkFormat> export)
            implements GseaOutputs {
        public Files {
            Objects.requireNonNull(directory, "directory");
            figure = figure.stream().distinct().toList();
            export = export.stream().distinct().toList();
            if (plots < 0) {
                throw new BadRequestException("the number of enrichment plots must be 0 or more, found " + plots);
            }
            if (export.contains(NetworkFormat.SIF)) {
                throw new BadRequestException("module scores are not carried in sif; use cx2, xgmml, graphml or "
                        + "cyjs");
            }
        }

        /** Whether the network figure or network files with the module scores are asked for. */
        public boolean drawsModules() {
            return !figure.isEmpty() || !export.isEmpty();
        }
    }

    /** No files. */
    static GseaOutputs none() {
        return new None();
    }
}
