package org.senescope.analysis.limma;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.stats.MultipleTesting;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Competitive gene-set tests of limma (Wu and Smyth 2012): {@code camera}, {@code cameraPR} and {@code geneSetTest}
 * with ranks. A set's genes are compared with all other genes, and camera allows for the correlation between the
 * set's genes through the variance inflation factor {@code 1 + (m - 1) r}, never below 1 (limma's default
 * {@code allow.neg.cor = FALSE}). Results are in the order of
 * {@link FilteredGeneSets#kept()}, not sorted. Stateless and thread-safe.
 */
public final class Camera {

    /** limma's default inter-gene correlation. */
    public static final double DEFAULT_INTER_GENE_COR = 0.01;

    private Camera() {
    }

    /**
     * {@code camera(X, index, design, contrast = 2)} for the design {@code ~ group} with {@code reference} as
     * intercept: the moderated t of each gene is turned into a z-score (Hill's approximation on
     * {@code df.residual + df.prior} degrees of freedom) unless {@code useRanks}.
     *
     * @param interGeneCor the correlation assumed between genes of a set, or NaN to estimate it per set from the
     *                     standardised residuals (limma's {@code inter.gene.cor = NA}; the test then uses
     *                     {@code min(df.residual, genes - 2)} degrees of freedom)
     * @param useRanks     a correlation-adjusted rank-sum test on the moderated t instead of the t-test on z-scores
     * @param sets         sets already intersected with the matrix's rows ({@code SetSizeFilter} on
     *                     {@code matrix.rowIds()})
     */
    public static List<CameraSetResult> camera(ExpressionMatrix matrix, SampleGroups groups, String reference,
                                               String test, FilteredGeneSets sets, double interGeneCor,
                                               boolean useRanks) {
        TwoGroupFit fit = TwoGroupFit.of(matrix, groups, reference, test);
        int genes = matrix.rowCount();
        if (genes < 3) {
            throw new IllegalArgumentException("camera needs at least 3 genes, found " + genes);
        }
        double dfResidual = fit.dfResidual();
        SqueezedVariances sv = ModeratedT.squeezeVar(fit.sigma2(), dfResidual);
        double[] stat = new double[genes];
        double dfTotal = Math.min(dfResidual + sv.dfPrior(), genes * dfResidual);
        for (int g = 0; g < genes; g++) {
            double modt = fit.coefficient()[g] / fit.unscaledSd() / Math.sqrt(sv.varPost()[g]);
            stat[g] = useRanks ? modt : LimmaMath.zscoreTHill(modt, dfTotal);
        }
        boolean fixed = !Double.isNaN(interGeneCor);
        double dfCamera = fixed ? (useRanks ? Double.POSITIVE_INFINITY : genes - 2)
                : Math.min(dfResidual, genes - 2);
        double[] correlations = new double[sets.kept().size()];
        if (fixed) {
            Arrays.fill(correlations, interGeneCor);
        } else {
            double[][] standardised = new double[genes][];
            for (int g = 0; g < genes; g++) {
                double scale = Math.sqrt(Math.max(fit.sigma2()[g], 1e-8));
                double[] r = fit.residuals()[g];
                double[] u = new double[r.length];
                for (int s = 0; s < r.length; s++) {
                    u[s] = r[s] / scale;
                }
                standardised[g] = u;
            }
            for (int i = 0; i < correlations.length; i++) {
                correlations[i] = estimatedCorrelation(standardised, sets.kept().get(i).positions(), dfResidual);
            }
        }
        return test(stat, sets, correlations, dfCamera, useRanks);
    }

    /**
     * {@code cameraPR(statistic, index, inter.gene.cor, use.ranks)}: camera on a given statistic per gene (e.g. the
     * moderated t), with a fixed inter-gene correlation; the t-test uses {@code genes - 2} degrees of freedom, the
     * rank test the normal distribution.
     *
     * @param statistic one finite value per gene, in the order {@code sets} was indexed against
     */
    public static List<CameraSetResult> cameraPR(double[] statistic, FilteredGeneSets sets, double interGeneCor,
                                                 boolean useRanks) {
        for (int g = 0; g < statistic.length; g++) {
            if (!Double.isFinite(statistic[g])) {
                throw new IllegalArgumentException("statistic " + (g + 1) + " is " + statistic[g]);
            }
        }
        if (statistic.length < 3) {
            throw new IllegalArgumentException("cameraPR needs at least 3 genes, found " + statistic.length);
        }
        if (!Double.isFinite(interGeneCor)) {
            throw new IllegalArgumentException("cameraPR needs a fixed inter-gene correlation, found " + interGeneCor);
        }
        double[] correlations = new double[sets.kept().size()];
        Arrays.fill(correlations, interGeneCor);
        return test(statistic.clone(), sets, correlations, useRanks ? Double.POSITIVE_INFINITY
                : statistic.length - 2, useRanks);
    }

    /** vif = m * mean over residual dimensions of (mean over the set's genes)^2; independent of the residual basis. */
    static double estimatedCorrelation(double[][] standardised, int[] set, double dfResidual) {
        int m = set.length;
        if (m < 2) {
            return Double.NaN;
        }
        int n = standardised[set[0]].length;
        double squares = 0;
        for (int s = 0; s < n; s++) {
            double[] column = new double[m];
            for (int k = 0; k < m; k++) {
                column[k] = standardised[set[k]][s];
            }
            double mean = LimmaMath.sum(column) / m;
            squares += mean * mean;
        }
        double vif = m * squares / dfResidual;
        return (vif - 1) / (m - 1);
    }

    private static List<CameraSetResult> test(double[] stat, FilteredGeneSets sets, double[] correlations,
                                              double dfCamera, boolean useRanks) {
        int genes = stat.length;
        double meanStat = LimmaMath.mean(stat);
        double varStat = LimmaMath.variance(stat);
        double[] ranks = useRanks ? RankSum.ranks(stat) : null;
        int nSets = sets.kept().size();
        double[] down = new double[nSets];
        double[] up = new double[nSets];
        double[] p = new double[nSets];
        for (int i = 0; i < nSets; i++) {
            int[] index = sets.kept().get(i).positions();
            int m = index.length;
            int m2 = genes - m;
            double correlation = correlations[i];
            if (ranks != null) {
                // limma's default allow.neg.cor = FALSE: a negative correlation counts as none.
                double used = Double.isNaN(correlation) ? 0 : Math.max(0, correlation);
                double[] lessGreater = RankSum.test(ranks, index, used, dfCamera);
                down[i] = lessGreater[0];
                up[i] = lessGreater[1];
            } else {
                // limma's default allow.neg.cor = FALSE: the variance inflation factor is at least 1.
                double vif = Double.isNaN(correlation) ? 1 : Math.max(1, 1 + (m - 1) * correlation);
                double[] inSet = new double[m];
                for (int k = 0; k < m; k++) {
                    inSet[k] = stat[index[k]];
                }
                double delta = (double) genes / m2 * (LimmaMath.mean(inSet) - meanStat);
                double varPooled = ((genes - 1) * varStat - delta * delta * m * m2 / genes) / (genes - 2);
                double t = delta / Math.sqrt(varPooled * (vif / m + 1.0 / m2));
                down[i] = LimmaMath.pt(t, dfCamera, true);
                up[i] = LimmaMath.pt(t, dfCamera, false);
            }
            p[i] = 2 * Math.min(down[i], up[i]);
        }
        double[] fdr = MultipleTesting.benjaminiHochberg(p);
        List<CameraSetResult> out = new ArrayList<>(nSets);
        for (int i = 0; i < nSets; i++) {
            IndexedGeneSet set = sets.kept().get(i);
            out.add(new CameraSetResult(set.name(), set.size(), correlations[i], down[i] < up[i] ? "Down" : "Up",
                    down[i], up[i], p[i], fdr[i]));
        }
        return List.copyOf(out);
    }
}
