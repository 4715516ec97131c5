package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.failure.BadRequestException;

/**
 * The gene sets a job tests, as every gene-set job takes them: GMT files, the network's modules, and the range of
 * sizes (counted in the data) a set must have to be tested. Immutable.
 *
 * <p>No sets to test or an empty size range is refused with a {@link BadRequestException}.
 *
 * @param gmtFiles the GMT files, in order; may be empty when {@code modules} names a network
 * @param modules  whether, and which network's, modules are tested too
 * @param minSize  the smallest size tested, at least 1
 * @param maxSize  the largest size tested, at least {@code minSize}
 */
public record GeneSetChoice(List<Path> gmtFiles, ModuleChoice modules, int minSize, int maxSize) {

    /** The smallest size tested when none is given, as fgsea and GSEA use. */
    public static final int DEFAULT_MIN_SIZE = 15;
    /**
     * The smallest size tested when none is given and only the network's modules are tested: they have 2 to 9 genes,
     * so the usual minimum would test none. A set of one gene is no set. Every module is then a small set and is
     * flagged as one ({@link org.senescope.model.analysis.SmallSetCaution}).
     */
    public static final int MODULES_MIN_SIZE = 2;
    /** The largest size tested when none is given. */
    public static final int DEFAULT_MAX_SIZE = 500;

    /**
     * The smallest size tested when the user gives none: {@value #MODULES_MIN_SIZE} when only the network's modules
     * are tested, else {@value #DEFAULT_MIN_SIZE}.
     */
    public static int defaultMinSize(List<Path> gmtFiles, ModuleChoice modules) {
        return gmtFiles.isEmpty() && !(modules instanceof ModuleChoice.None) ? MODULES_MIN_SIZE : DEFAULT_MIN_SIZE;
    }

    public GeneSetChoice {
        gmtFiles = List.copyOf(gmtFiles);
        Objects.requireNonNull(modules, "modules");
        if (gmtFiles.isEmpty() && modules instanceof ModuleChoice.None) {
            throw new BadRequestException("no gene sets to test: give a GMT file or test the network's modules");
        }
        sizeFilter(minSize, maxSize);
    }

    /** The size filter of this range. */
    public SetSizeFilter filter() {
        return sizeFilter(minSize, maxSize);
    }

    /** The library's size filter, whose own check of the range is a request the job cannot run. */
    private static SetSizeFilter sizeFilter(int minSize, int maxSize) {
        try {
            return new SetSizeFilter(minSize, maxSize);
        } catch (IllegalArgumentException e) {
            throw new BadRequestException(Objects.requireNonNullElse(e.getMessage(),
                    "the set size range " + minSize + " to " + maxSize + " is not accepted"));
        }
    }
}
