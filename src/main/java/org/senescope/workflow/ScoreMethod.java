package org.senescope.workflow;

import java.util.Locale;
import java.util.Objects;

/**
 * A per-sample gene-set score, with the settings of its own: ssGSEA, GSVA, z-score and PLAGE as GSVA 1.46 computes
 * them, singscore as singscore 1.29 does.
 */
public sealed interface ScoreMethod {

    /**
     * ssGSEA.
     *
     * @param normalise whether scores are divided by the range of all scores (GSVA's default)
     */
    record SsGsea(boolean normalise) implements ScoreMethod {
    }

    /**
     * GSVA.
     *
     * @param kernel        the kernel of the per-gene distribution
     * @param maxDifference whether the score is the sum of the largest positive and negative deviations (GSVA's
     *                      {@code mx.diff = TRUE}), else the larger one
     */
    record Gsva(Kernel kernel, boolean maxDifference) implements ScoreMethod {
        public Gsva {
            Objects.requireNonNull(kernel, "kernel");
        }
    }

    /** The combined z-score. */
    record ZScore() implements ScoreMethod {
    }

    /** PLAGE, the first singular vector. */
    record Plage() implements ScoreMethod {
    }

    /** singscore's centred scores, with the dispersions. */
    record Singscore() implements ScoreMethod {
    }

    /** GSVA's kernel. */
    enum Kernel {
        /** Gaussian ({@code kcdf = "Gaussian"}), for log-scale microarray or log-CPM data. */
        GAUSSIAN,
        /** The empirical CDF ({@code kcdf = "none"}). */
        ECDF
    }

    /** The method's name in words, e.g. {@code ssGSEA}, {@code z-score}. */
    default String displayName() {
        if (this instanceof SsGsea) {
            return "ssGSEA";
        }
        if (this instanceof Gsva) {
            return "GSVA";
        }
        if (this instanceof ZScore) {
            return "z-score";
        }
        return this instanceof Plage ? "PLAGE" : "singscore";
    }

    /** The method as the settings table names it, with the conventions followed. */
    default String settingsName() {
        if (this instanceof Singscore) {
            return "singscore (singscore 1.29: ranks with ties min, centred scores, dispersion = mad of ranks in "
                    + "dispersions.tsv)";
        }
        return displayName().replace("-", "").toLowerCase(Locale.ROOT) + " (GSVA 1.46 conventions)";
    }

    /** Whether the method assumes log-scale values (ranks-based ssGSEA and singscore do not). */
    default boolean expectsLogScale() {
        return !(this instanceof SsGsea) && !(this instanceof Singscore);
    }
}
