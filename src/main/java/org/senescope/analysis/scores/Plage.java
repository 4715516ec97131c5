package org.senescope.analysis.scores;

import org.hipparchus.linear.Array2DRowRealMatrix;
import org.hipparchus.linear.SingularValueDecomposition;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;

import java.util.List;

/**
 * PLAGE (Tomfohr et al. 2005) as GSVA 1.46's {@code method="plage"}: genes are standardised across samples as for
 * {@link ZScore}, and a set's scores are the first right singular vector of its genes × samples block. A singular
 * vector's sign is arbitrary (R's and this one may differ); Senescope turns it so that the scores correlate positively
 * with the mean z-score of the set's genes, so that a positive score means the set's genes are high. Rows with a
 * missing value or the same value in every sample are left out first and counted. Stateless and thread-safe.
 */
public final class Plage {

    private Plage() {
    }

    /** Scores {@code sets} in every sample of {@code matrix} (already on the log scale). */
    public static SampleScores score(ExpressionMatrix matrix, List<GeneSet> sets, SetSizeFilter filter) {
        return StandardisedSetScores.score(matrix, sets, filter, Plage::firstSingularVector);
    }

    /** The first right singular vector of the block, turned to agree with the members' mean z-score. */
    private static double[] firstSingularVector(double[][] members) {
        int samples = members[0].length;
        double[] v = new SingularValueDecomposition(new Array2DRowRealMatrix(members, false)).getV().getColumn(0);
        double agreement = 0;
        for (int j = 0; j < samples; j++) {
            double mean = 0;
            for (double[] row : members) {
                mean += row[j];
            }
            agreement += v[j] * mean;
        }
        double sign = agreement < 0 ? -1 : 1;
        for (int j = 0; j < samples; j++) {
            v[j] *= sign;
        }
        return v;
    }
}
