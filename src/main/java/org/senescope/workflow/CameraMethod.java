package org.senescope.workflow;

import java.util.Objects;

import org.senescope.failure.BadRequestException;

/**
 * limma's gene-set test of two groups: the competitive {@code camera}, or the self-contained {@code fry}.
 */
public sealed interface CameraMethod {

    /**
     * camera: are the set's genes more changed than the other genes?
     *
     * @param correlation the correlation between genes of a set, fixed or estimated per set
     * @param ranks       whether the correlation-adjusted rank-sum test replaces the t-test on z-scores
     */
    record Camera(InterGeneCorrelation correlation, boolean ranks) implements CameraMethod {
        public Camera {
            Objects.requireNonNull(correlation, "correlation");
        }
    }

    /** fry: are the set's genes changed at all? (limma's defaults: standardize = posterior.sd, robust = FALSE) */
    record Fry() implements CameraMethod {
    }

    /** camera's inter-gene correlation. */
    sealed interface InterGeneCorrelation {

        /**
         * The same correlation for every set (limma's default 0.01).
         *
         * <p>A value outside [0, 1) is refused with a {@link BadRequestException}.
         *
         * @param value in [0, 1)
         */
        record Fixed(double value) implements InterGeneCorrelation {
            public Fixed {
                if (!(value >= 0 && value < 1)) {
                    throw new BadRequestException("the inter-gene correlation must be a number in [0, 1), found "
                            + value);
                }
            }
        }

        /** Estimated from each set's residuals (limma's {@code inter.gene.cor = NA}). */
        record Estimated() implements InterGeneCorrelation {
        }
    }

    /** The method's name, which names its files too: {@code camera} or {@code fry}. */
    default String fileName() {
        return this instanceof Fry ? "fry" : "camera";
    }
}
