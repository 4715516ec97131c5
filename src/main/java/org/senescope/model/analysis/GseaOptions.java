package org.senescope.model.analysis;

/**
 * Settings of a preranked GSEA run, with fgseaMultilevel's defaults in {@link #defaults(long)}.
 *
 * @param seed         the seed of every random number drawn; written with the results
 * @param permutations random sets for the normalised score and the permutation p-values (fgsea: 1,000)
 * @param sampleSize   population of the multilevel splitting, made odd (fgsea: 101)
 * @param eps          p-values below this are reported as eps without an error estimate; 0 estimates them all
 */
public record GseaOptions(long seed, int permutations, int sampleSize, double eps) {

    public GseaOptions {
        if (permutations < 1) {
            throw new IllegalArgumentException("at least one permutation is needed, found " + permutations);
        }
        if (sampleSize < 3) {
            throw new IllegalArgumentException("the multilevel sample size must be at least 3, found " + sampleSize);
        }
        if (!(eps >= 0 && eps <= 1)) {
            throw new IllegalArgumentException("eps must lie in [0, 1], found " + eps);
        }
        sampleSize = sampleSize % 2 == 0 ? sampleSize + 1 : sampleSize;
    }

    /**
     * fgseaMultilevel's settings (sample size 101) with eps 0, but 10,000 permutations rather than fgsea's 1,000: ten
     * times the random sets make NES and the permutation p-values about three times more precise for little time.
     */
    public static GseaOptions defaults(long seed) {
        return new GseaOptions(seed, 10_000, 101, 0);
    }
}
