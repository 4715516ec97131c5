package org.senescope.bench.analysis;

import org.senescope.model.data.ExpressionMatrix;
import org.senescope.model.data.GeneSet;
import org.senescope.model.data.RankedList;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;

/**
 * Seeded generators of benchmark inputs shaped like real ones: gene statistics drawn from a normal distribution, and
 * gene sets of sizes spread log-uniformly over 15..500, a fifth of them with one gene in eight drawn from the top or
 * bottom quarter of the ranking, so that some p-values are small (which is what makes multilevel splitting work).
 */
final class SyntheticGeneSets {

    private SyntheticGeneSets() {
    }

    static List<String> geneNames(int n) {
        List<String> names = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            names.add("G" + i);
        }
        return names;
    }

    static RankedList ranking(int genes, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] stats = new double[genes];
        for (int i = 0; i < genes; i++) {
            stats[i] = gaussian(random);
        }
        return new RankedList(geneNames(genes), stats);
    }

    /** {@code count} sets over the given genes, listed highest statistic first. */
    static List<GeneSet> sets(List<String> genesInRankOrder, int count, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        int n = genesInRankOrder.size();
        List<GeneSet> sets = new ArrayList<>(count);
        for (int s = 0; s < count; s++) {
            int size = (int) Math.round(Math.exp(Math.log(15) + random.nextDouble() * (Math.log(500) - Math.log(15))));
            boolean shifted = random.nextInt(5) == 0;
            boolean top = random.nextBoolean();
            Set<String> genes = new LinkedHashSet<>();
            while (genes.size() < size) {
                int index = random.nextInt(n);
                if (shifted && random.nextInt(8) == 0) {
                    index = random.nextInt(n / 4);
                    index = top ? index : n - 1 - index;
                }
                genes.add(genesInRankOrder.get(index));
            }
            sets.add(new GeneSet("SET" + s, "", List.copyOf(genes)));
        }
        return sets;
    }

    /**
     * A seeded log2-scale matrix: per gene a mean in [4, 12) plus standard normal noise, rounded to two decimals so that
     * ties occur as in real arrays.
     */
    static ExpressionMatrix matrix(int genes, int samples, long seed) {
        SplittableRandom random = new SplittableRandom(seed);
        double[] values = new double[genes * samples];
        for (int g = 0; g < genes; g++) {
            double mean = 4 + 8 * random.nextDouble();
            for (int s = 0; s < samples; s++) {
                values[g * samples + s] = Math.round((mean + gaussian(random)) * 100) / 100.0;
            }
        }
        return ExpressionMatrix.adopting(geneNames(genes), Collections.nCopies(genes, ""), geneNames(samples), values);
    }

    static double gaussian(SplittableRandom random) {
        // Box–Muller; one value per call is enough here.
        return Math.sqrt(-2 * Math.log(1 - random.nextDouble())) * Math.cos(2 * Math.PI * random.nextDouble());
    }
}
