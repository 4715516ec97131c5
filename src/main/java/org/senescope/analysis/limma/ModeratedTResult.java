package org.senescope.analysis.limma;

import java.util.List;

/**
 * limma's {@code eBayes(lmFit(X, design))} for one coefficient, the comparison of two sample groups, as
 * {@code topTable(..., sort.by = "none")} reports it. Arrays are copied in and out; one entry per gene, in the
 * matrix's row order.
 *
 * @param genes      the gene (row) identifiers
 * @param logFC      mean of the test group minus mean of the reference group
 * @param aveExpr    mean over all samples
 * @param sigma2     residual variance of each gene (limma's {@code sigma^2})
 * @param sigma2Post posterior (squeezed) variance, {@code s2.post}
 * @param t          moderated t
 * @param p          two-sided p-value of the moderated t on {@code dfTotal} degrees of freedom
 * @param adjP       Benjamini–Hochberg adjusted p over all genes ({@code adj.P.Val})
 * @param b          the B statistic, log posterior odds of differential expression ({@code B}, eBayes's
 *                   {@code lods}) with limma's defaults: 1% of genes differentially expressed, the coefficients'
 *                   prior standard deviation between 0.1 and 4
 * @param dfResidual residual degrees of freedom (samples minus 2)
 * @param s2Prior    prior variance ({@code s2.prior})
 * @param dfPrior    prior degrees of freedom ({@code df.prior}; infinite when the variances show no spread)
 * @param dfTotal    {@code min(dfResidual + dfPrior, genes * dfResidual)}
 * @param varPrior   prior variance of the non-zero coefficients relative to the genes' variances ({@code var.prior}),
 *                   estimated from the largest moderated t statistics for B
 */
public record ModeratedTResult(List<String> genes, double[] logFC, double[] aveExpr, double[] sigma2,
                               double[] sigma2Post, double[] t, double[] p, double[] adjP, double[] b,
                               double dfResidual, double s2Prior, double dfPrior, double dfTotal,
                               double varPrior) {

    public ModeratedTResult {
        genes = List.copyOf(genes);
        logFC = logFC.clone();
        aveExpr = aveExpr.clone();
        sigma2 = sigma2.clone();
        sigma2Post = sigma2Post.clone();
        t = t.clone();
        p = p.clone();
        adjP = adjP.clone();
        b = b.clone();
    }

    @Override
    public double[] logFC() {
        return logFC.clone();
    }

    @Override
    public double[] aveExpr() {
        return aveExpr.clone();
    }

    @Override
    public double[] sigma2() {
        return sigma2.clone();
    }

    @Override
    public double[] sigma2Post() {
        return sigma2Post.clone();
    }

    @Override
    public double[] t() {
        return t.clone();
    }

    @Override
    public double[] p() {
        return p.clone();
    }

    @Override
    public double[] adjP() {
        return adjP.clone();
    }

    @Override
    public double[] b() {
        return b.clone();
    }
}
