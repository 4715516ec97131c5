package org.senescope.analysis.limma;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.stats.MultipleTesting;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.SampleGroups;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;

/**
 * limma's {@code fry} (Giner and Smyth 2016): a self-contained gene-set test, the limit of {@code roast} with
 * infinitely many rotations, for the design {@code ~ group}, as limma 3.54 computes it with its defaults
 * ({@code standardize = "posterior.sd"}, {@code robust = FALSE}, {@code trend = FALSE}). Each gene's effects (the group
 * effect and the residual effects of {@link LinearModelEffects}) are divided by a posterior standard deviation: a
 * robust variance that leaves out the gene's largest squared effect, squeezed on {@code 0.92 df.residual} degrees of
 * freedom towards the prior that {@code fitFDist} fits to the ordinary residual variances. The directional test is a
 * t-test of the set's mean effect on {@code df.residual} degrees of freedom; the mixed test compares the set's sum of
 * squared group effects with a beta distribution matched to the moments of its singular values. Results are in the
 * order of {@link FilteredGeneSets#kept()}, not sorted. Stateless and thread-safe.
 */
public final class Fry {

    /** Degrees of freedom of the robust variance relative to the residual ones (limma's 0.92). */
    private static final double ROBUST_DF_FRACTION = 0.92;
    private static final GaussLegendre QUADRATURE = GaussLegendre.uniform(128);

    private Fry() {
    }

    /**
     * {@code fry(X, index, design, contrast = 2)} for the design {@code ~ group} with {@code reference} as intercept.
     *
     * @param matrix log-scale expression values, genes in rows; every value must be finite
     * @param sets   sets already intersected with the matrix's rows ({@code SetSizeFilter} on {@code matrix.rowIds()})
     * @throws IllegalArgumentException if a value is not finite, the groups do not match the samples, a group is
     *                                  unknown or empty, fewer than three samples or two genes are given, there is no
     *                                  set, or a set has no gene or a position outside the matrix
     */
    public static List<FrySetResult> fry(ExpressionMatrix matrix, SampleGroups groups, String reference, String test,
                                         FilteredGeneSets sets) {
        checkSets(sets, matrix.rowCount());
        TwoGroupFit fit = TwoGroupFit.of(matrix, groups, reference, test);
        if (matrix.rowCount() < 2) {
            throw new IllegalArgumentException("fry needs at least 2 genes to fit the variance prior, found "
                    + matrix.rowCount());
        }
        double[][] effects = standardised(LinearModelEffects.twoGroups(matrix, fit.inTest()));
        int dfResidual = effects[0].length - 1;
        int nSets = sets.kept().size();
        double[] t = new double[nSets];
        double[] p = new double[nSets];
        double[] pMixed = new double[nSets];
        // Sets are independent and each writes only its own slots, so both cores can share them.
        IntStream.range(0, nSets).parallel().forEach(i -> {
            double[][] inSet = rows(effects, sets.kept().get(i).positions());
            t[i] = directionalT(inSet);
            p[i] = 2 * LimmaMath.tUpperOfAbs(t[i], dfResidual);
            pMixed[i] = inSet.length > 1 ? mixedP(inSet) : p[i];
        });
        double[] fdr = MultipleTesting.benjaminiHochberg(p);
        double[] fdrMixed = MultipleTesting.benjaminiHochberg(pMixed);
        List<FrySetResult> out = new ArrayList<>(nSets);
        for (int i = 0; i < nSets; i++) {
            IndexedGeneSet set = sets.kept().get(i);
            out.add(new FrySetResult(set.name(), set.size(), t[i] < 0 ? "Down" : "Up", p[i], fdr[i], pMixed[i],
                    fdrMixed[i]));
        }
        return List.copyOf(out);
    }

    private static void checkSets(FilteredGeneSets sets, int genes) {
        if (sets.kept().isEmpty()) {
            throw new IllegalArgumentException("fry needs at least one gene set, found none");
        }
        for (IndexedGeneSet set : sets.kept()) {
            if (set.size() < 1) {
                throw new IllegalArgumentException("gene set " + set.name()
                        + " has no genes in the data; fry needs at least 1");
            }
            for (int position : set.positions()) {
                if (position < 0 || position >= genes) {
                    throw new IllegalArgumentException("gene set " + set.name() + " names gene position " + position
                            + ", outside the data's " + genes + " genes");
                }
            }
        }
    }

    /** Divides each gene's effects by its posterior standard deviation ({@code standardize = "posterior.sd"}). */
    static double[][] standardised(double[][] effects) {
        int genes = effects.length;
        int columns = effects[0].length;
        int dfResidual = columns - 1;
        double expectedMax = expectedLargestSquare(dfResidual);
        double[] s2 = new double[genes];
        double[] s2Robust = new double[genes];
        double[] residualSquares = new double[dfResidual];
        double[] allSquares = new double[columns];
        for (int g = 0; g < genes; g++) {
            double[] e = effects[g];
            double largest = 0;
            for (int k = 0; k < columns; k++) {
                double sq = e[k] * e[k];
                allSquares[k] = sq;
                largest = Math.max(largest, sq);
                if (k > 0) {
                    residualSquares[k - 1] = sq;
                }
            }
            s2[g] = LimmaMath.sum(residualSquares) / dfResidual;
            s2Robust[g] = (LimmaMath.sum(allSquares) - largest) / (dfResidual + 1 - expectedMax);
        }
        SqueezedVariances prior = ModeratedT.squeezeVar(s2, dfResidual);
        double dfRobust = ROBUST_DF_FRACTION * dfResidual;
        double[][] out = new double[genes][columns];
        for (int g = 0; g < genes; g++) {
            double post = Double.isInfinite(prior.dfPrior()) ? prior.s2Prior()
                    : (dfRobust * s2Robust[g] + prior.dfPrior() * prior.s2Prior()) / (dfRobust + prior.dfPrior());
            double sd = Math.sqrt(post);
            for (int k = 0; k < columns; k++) {
                out[g][k] = effects[g][k] / sd;
            }
        }
        return out;
    }

    /**
     * The expected largest of {@code d + 1} squared standard normals, as limma computes it: the integral of
     * {@code (d + 1) u^d qchisq(u, 1)} over [0, 1] by 128-point Gauss–Legendre quadrature.
     */
    static double expectedLargestSquare(int dfResidual) {
        double[] terms = new double[QUADRATURE.nodes().length];
        for (int i = 0; i < terms.length; i++) {
            double u = QUADRATURE.nodes()[i];
            terms[i] = (dfResidual + 1) * Math.pow(u, dfResidual) * LimmaMath.qchisqOneDf(u)
                    * QUADRATURE.weights()[i];
        }
        return LimmaMath.sum(terms);
    }

    /**
     * The smaller of {@code E'E} and {@code EE'} (lower triangle filled): its eigenvalues are the squared singular
     * values of E.
     */
    private static double[][] gram(double[][] e) {
        int m = e.length;
        int columns = e[0].length;
        if (m >= columns) {
            double[][] g = new double[columns][columns];
            for (double[] row : e) {
                for (int j = 0; j < columns; j++) {
                    double v = row[j];
                    double[] gj = g[j];
                    for (int k = 0; k <= j; k++) {
                        gj[k] += v * row[k];
                    }
                }
            }
            return g;
        }
        double[][] g = new double[m][m];
        for (int i = 0; i < m; i++) {
            for (int j = 0; j <= i; j++) {
                double sum = 0;
                for (int k = 0; k < columns; k++) {
                    sum += e[i][k] * e[j][k];
                }
                g[i][j] = sum;
            }
        }
        return g;
    }

    private static double[][] rows(double[][] effects, int[] positions) {
        double[][] rows = new double[positions.length][];
        for (int k = 0; k < positions.length; k++) {
            rows[k] = effects[positions[k]];
        }
        return rows;
    }

    /** Mean group effect over the root mean square of the mean residual effects. */
    private static double directionalT(double[][] inSet) {
        double[] means = columnMeans(inSet);
        double[] residualSquares = new double[means.length - 1];
        for (int k = 1; k < means.length; k++) {
            residualSquares[k - 1] = means[k] * means[k];
        }
        return means[0] / Math.sqrt(LimmaMath.mean(residualSquares));
    }

    private static double[] columnMeans(double[][] rows) {
        int columns = rows[0].length;
        double[] means = new double[columns];
        double[] column = new double[rows.length];
        for (int k = 0; k < columns; k++) {
            for (int r = 0; r < rows.length; r++) {
                column[r] = rows[r][k];
            }
            means[k] = LimmaMath.sum(column) / rows.length;
        }
        return means;
    }

    /**
     * The mixed test: with A the squared singular values of the set's effects (largest first, d1 of them), the
     * statistic {@code (sum of squared group effects - A[d1]) / (A[1] - A[d1])} is referred to a beta distribution
     * with the mean and variance it has under the null hypothesis of a uniformly random direction.
     */
    private static double mixedP(double[][] inSet) {
        double[] a = SymmetricEigenvalues.descending(gram(inSet));
        int d1 = a.length;
        int d = d1 - 1;
        double largest = a[0];
        double smallest = a[d1 - 1];
        double range = largest - smallest;
        double[] groupSquares = new double[inSet.length];
        for (int r = 0; r < inSet.length; r++) {
            groupSquares[r] = inSet[r][0] * inSet[r][0];
        }
        double observed = (LimmaMath.sum(groupSquares) - smallest) / range;
        double betaMean = 1.0 / d1;
        double betaVar = (double) d / d1 / d1 / (d1 / 2.0 + 1);
        double sumA = LimmaMath.sum(a);
        double meanA = sumA / d1;
        double[] centred = new double[d1];
        for (int k = 0; k < d1; k++) {
            centred[k] = (a[k] - meanA) * (a[k] - meanA);
        }
        // A' COV A with COV = betaVar on the diagonal and -betaVar/d off it, in its cancellation-free form.
        double frbMean = (sumA * betaMean - smallest) / range;
        double frbVar = betaVar * d1 / d * LimmaMath.sum(centred) / (range * range);
        double alphaPlusBeta = frbMean * (1 - frbMean) / frbVar - 1;
        double alpha = alphaPlusBeta * frbMean;
        double beta = alphaPlusBeta - alpha;
        return LimmaMath.pbetaUpper(observed, alpha, beta);
    }
}
