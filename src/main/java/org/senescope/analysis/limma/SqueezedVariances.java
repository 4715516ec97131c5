package org.senescope.analysis.limma;

/**
 * The result of limma's {@code squeezeVar}: the prior fitted to the sample variances by {@code fitFDist} and the
 * posterior variances.
 *
 * @param s2Prior  prior variance (the F distribution's scale)
 * @param dfPrior  prior degrees of freedom; {@link Double#POSITIVE_INFINITY} when the variances show no more spread
 *                 than chance
 * @param varPost  posterior variances, one per gene (not copied)
 */
public record SqueezedVariances(double s2Prior, double dfPrior, double[] varPost) {
}
