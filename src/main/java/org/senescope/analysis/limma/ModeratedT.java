package org.senescope.analysis.limma;

import org.senescope.analysis.stats.MultipleTesting;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import java.util.Arrays;
import java.util.Objects;

/**
 * limma's moderated t (Smyth 2004) for the comparison of two sample groups: {@code lmFit} with design
 * {@code ~ group} (the reference group as intercept), then {@code eBayes}: the residual variances are squeezed
 * towards a scaled inverse-chi-square prior fitted by moments of log variances ({@code fitFDist}, with limma's
 * trigamma inversion), and each gene's t uses its posterior variance on {@code df.residual + df.prior} degrees of
 * freedom, and the B statistic (log-odds of differential expression). Stateless and thread-safe.
 */
public final class ModeratedT {

    private ModeratedT() {
    }

    /**
     * Compares {@code test} with {@code reference} (coefficient 2 of {@code ~ group} with {@code reference} first).
     *
     * @param matrix    log-scale expression values, genes in rows; every value must be finite
     * @param groups    the group of each sample, in the matrix's sample order
     * @param reference the reference group (e.g. WT)
     * @param test      the group compared with it (e.g. MUT)
     * @throws IllegalArgumentException if a value is not finite, the groups do not match the samples, a group is
     *                                  unknown or has no sample, or fewer than three samples are compared
     */
    public static ModeratedTResult twoGroups(ExpressionMatrix matrix, SampleGroups groups, String reference,
                                             String test) {
        TwoGroupFit fit = TwoGroupFit.of(matrix, groups, reference, test);
        int genes = matrix.rowCount();
        double df = fit.dfResidual();
        SqueezedVariances sv = squeezeVar(fit.sigma2(), df);
        double dfTotal = Math.min(df + sv.dfPrior(), genes * df);
        double[] t = new double[genes];
        double[] p = new double[genes];
        for (int g = 0; g < genes; g++) {
            t[g] = fit.coefficient()[g] / fit.unscaledSd() / Math.sqrt(sv.varPost()[g]);
            p[g] = 2 * LimmaMath.tUpperOfAbs(t[g], dfTotal);
        }
        LogOdds b = LogOdds.of(t, fit.unscaledSd(), dfTotal, sv.dfPrior(), sv.s2Prior());
        return new ModeratedTResult(matrix.rowIds(), fit.coefficient(), fit.average(), fit.sigma2(), sv.varPost(),
                t, p, MultipleTesting.benjaminiHochberg(p), b.lods(), df, sv.s2Prior(), sv.dfPrior(), dfTotal,
                b.varPrior());
    }

    /**
     * limma's {@code squeezeVar(var, df)} without covariate: {@code fitFDist} then
     * {@code (df var + df.prior s2.prior) / (df + df.prior)}.
     *
     * @param var sample variances (at least two, each finite and not negative)
     * @param df  their degrees of freedom, the same for every gene
     */
    public static SqueezedVariances squeezeVar(double[] var, double df) {
        Objects.requireNonNull(var, "var");
        if (var.length < 2) {
            throw new IllegalArgumentException("at least two variances are needed, found " + var.length);
        }
        double[] x = new double[var.length];
        for (int i = 0; i < var.length; i++) {
            if (!Double.isFinite(var[i]) || var[i] < -1e-15) {
                throw new IllegalArgumentException("variance " + (i + 1) + " is " + var[i]);
            }
            x[i] = Math.max(var[i], 0);
        }
        double median = median(x);
        if (median == 0) {
            median = 1;
        }
        double half = df / 2;
        double shift = -LimmaMath.digamma(half) + Math.log(half);
        double[] e = new double[x.length];
        for (int i = 0; i < x.length; i++) {
            e[i] = Math.log(Math.max(x[i], 1e-5 * median)) + shift;
        }
        double emean = LimmaMath.mean(e);
        double evar = LimmaMath.variance(e) - LimmaMath.trigamma(half);
        double dfPrior;
        double s2Prior;
        if (evar > 0) {
            dfPrior = 2 * LimmaMath.trigammaInverse(evar);
            s2Prior = Math.exp(emean + LimmaMath.digamma(dfPrior / 2) - Math.log(dfPrior / 2));
        } else {
            dfPrior = Double.POSITIVE_INFINITY;
            s2Prior = Math.exp(emean);
        }
        double[] post = new double[var.length];
        for (int i = 0; i < var.length; i++) {
            post[i] = Double.isInfinite(dfPrior) ? s2Prior : (df * var[i] + dfPrior * s2Prior) / (df + dfPrior);
        }
        return new SqueezedVariances(s2Prior, dfPrior, post);
    }

    private static double median(double[] v) {
        double[] s = v.clone();
        Arrays.sort(s);
        int n = s.length;
        return n % 2 == 1 ? s[n / 2] : (s[n / 2 - 1] + s[n / 2]) / 2;
    }
}
