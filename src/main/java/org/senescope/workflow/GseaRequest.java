package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.analysis.GseaOptions;

/**
 * A preranked GSEA to run, as {@code senescope gsea} and the Cytoscape app ask for it. Immutable.
 *
 * <p>A setting out of range, or the module figure or network files asked for without the network's modules, is
 * refused with a {@link BadRequestException}.
 *
 * @param ranking      where the ranking comes from
 * @param geneSets     the sets to test and their size range
 * @param seed         the seed of every random number; the same seed gives the same results
 * @param permutations random sets for NES and the permutation p-values, at least 1
 * @param eps          p-values below this are reported as eps without estimating them; 0 estimates all
 * @param outputs      the files to write, if any
 */
public record GseaRequest(RankingSource ranking, GeneSetChoice geneSets, long seed, int permutations, double eps,
                          GseaOutputs outputs) {

    /** Population of the multilevel splitting, fgseaMultilevel's default. */
    public static final int SAMPLE_SIZE = 101;

    public GseaRequest {
        Objects.requireNonNull(ranking, "ranking");
        Objects.requireNonNull(geneSets, "geneSets");
        Objects.requireNonNull(outputs, "outputs");
        options(seed, permutations, eps);
        if (outputs instanceof GseaOutputs.Files files && files.drawsModules()
                && geneSets.modules() instanceof ModuleChoice.None) {
            throw new BadRequestException("the module figure and network files show the network's module scores; "
                    + "test the network's modules too");
        }
    }

    /** The analysis settings. */
    public GseaOptions options() {
        return options(seed, permutations, eps);
    }

    private static GseaOptions options(long seed, int permutations, double eps) {
        try {
            return new GseaOptions(seed, permutations, SAMPLE_SIZE, eps);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(
                    Objects.requireNonNullElse(e.getMessage(), "the GSEA settings are not accepted"));
        }
    }

    /** The files this request reads: the ranking's file (none for a ranking the caller made) and the GMT files. */
    public List<Path> inputs() {
        List<Path> files = new ArrayList<>();
        if (ranking instanceof RankingSource.RnkFile rnk) {
            files.add(rnk.file());
        } else if (ranking instanceof RankingSource.TableColumn table) {
            files.add(table.file());
        }
        files.addAll(geneSets.gmtFiles());
        return List.copyOf(files);
    }
}
