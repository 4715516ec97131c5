package org.senescope.analysis.limma;

import java.util.Arrays;

/**
 * limma's B statistic ({@code eBayes}'s {@code lods}): the log posterior odds that a gene is differentially expressed,
 * from a mixture in which a proportion of genes have a true effect with prior variance {@code varPrior} times
 * {@code sigma^2}, and {@code varPrior} estimated from the largest moderated t statistics ({@code tmixture.vector}).
 *
 * @param varPrior the estimated prior variance of the non-zero coefficients, relative to the gene's variance
 * @param lods     one B per gene (not copied)
 */
record LogOdds(double varPrior, double[] lods) {

    /** limma's default proportion of differentially expressed genes. */
    static final double PROPORTION = 0.01;
    /** limma's default {@code stdev.coef.lim}: the bounds of the coefficients' prior standard deviation. */
    private static final double STDEV_COEF_LOWER = 0.1;
    private static final double STDEV_COEF_UPPER = 4;

    /**
     * @param t          moderated t of every gene
     * @param unscaledSd the coefficient's unscaled standard deviation, the same for every gene of a two-group fit
     * @param dfTotal    degrees of freedom of the moderated t, the same for every gene
     * @param dfPrior    the prior's degrees of freedom (may be infinite)
     * @param s2Prior    the prior variance
     */
    static LogOdds of(double[] t, double unscaledSd, double dfTotal, double dfPrior, double s2Prior) {
        double v1 = unscaledSd * unscaledSd;
        double varPrior = tmixture(t, v1, dfTotal, STDEV_COEF_LOWER * STDEV_COEF_LOWER / s2Prior,
                STDEV_COEF_UPPER * STDEV_COEF_UPPER / s2Prior);
        double r = (v1 + varPrior) / v1;
        double prior = Math.log(PROPORTION / (1 - PROPORTION));
        double[] lods = new double[t.length];
        for (int g = 0; g < t.length; g++) {
            double t2 = t[g] * t[g];
            // limma switches to the normal limit for a prior of more than a million degrees of freedom.
            double kernel = dfPrior > 1e6 ? t2 * (1 - 1 / r) / 2
                    : (1 + dfTotal) / 2 * Math.log((t2 + dfTotal) / (t2 / r + dfTotal));
            lods[g] = prior - Math.log(r) / 2 + kernel;
        }
        return new LogOdds(varPrior, lods);
    }

    /**
     * {@code tmixture.vector}: each of the {@code ceil(proportion / 2 * genes)} largest |t| is matched with the
     * quantile its rank would have under the mixture, giving one estimate of the prior variance each (0 where the
     * statistic is no larger than the null's); the estimates are clipped to the limits and averaged.
     */
    private static double tmixture(double[] t, double v1, double df, double lower, double upper) {
        int genes = t.length;
        int target = (int) Math.ceil(PROPORTION / 2 * genes);
        double p = Math.max((double) target / genes, PROPORTION);
        double[] abs = new double[genes];
        for (int g = 0; g < genes; g++) {
            abs[g] = Math.abs(t[g]);
        }
        Arrays.sort(abs);
        double[] v0 = new double[target];
        for (int r = 1; r <= target; r++) {
            double tstat = abs[genes - r];
            double p0 = 2 * LimmaMath.tUpperOfAbs(tstat, df);
            double ptarget = ((r - 0.5) / genes - (1 - p) * p0) / p;
            double v = 0;
            if (ptarget > p0) {
                double qtarget = LimmaMath.qtUpper(ptarget / 2, df);
                double ratio = tstat / qtarget;
                v = v1 * (ratio * ratio - 1);
            }
            v0[r - 1] = Math.min(Math.max(v, lower), upper);
        }
        return LimmaMath.mean(v0);
    }
}
