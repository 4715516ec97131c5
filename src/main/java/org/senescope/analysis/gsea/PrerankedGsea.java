package org.senescope.analysis.gsea;

import org.senescope.model.analysis.GseaOptions;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;

import org.hipparchus.special.Gamma;
import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.stats.MultipleTesting;
import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;
import java.util.stream.IntStream;

/**
 * Preranked GSEA as fgseaMultilevel computes it (weight 1). Steps: enrichment scores and leading edges; a simple
 * permutation step ({@link GseaOptions#permutations()} random sets) giving NES and a first p-value; for every set whose
 * p-value the permutations estimate less precisely than multilevel splitting would, a multilevel p-value, one splitting
 * per set size and side; Benjamini–Hochberg q over all sets.
 *
 * <p>Sizes are counted after intersecting with the ranking. Set sizes run in parallel, each from its own random
 * stream split off the seed in a fixed order, so results depend on the seed alone. The multilevel step runs in the
 * caller's fork-join pool if it has one, else in a pool of its own with a thread per core, shut down before returning.
 * Stateless and thread-safe.
 */
public final class PrerankedGsea {

    private PrerankedGsea() {
    }

    /** Runs GSEA of {@code sets} on {@code ranking}; sets outside {@code filter} are listed as skipped. */
    public static GseaRun run(Ranking ranking, List<GeneSet> sets, SetSizeFilter filter, GseaOptions options) {
        FilteredGeneSets filtered = filter.apply(sets, ranking.genes());
        List<IndexedGeneSet> kept = filtered.kept();
        int m = kept.size();
        double[] weights = ranking.weights();
        EnrichmentScore[] scores = kept.stream().parallel()
                .map(s -> EnrichmentScore.of(weights, s.sortedPositions())).toArray(EnrichmentScore[]::new);
        double[] es = Arrays.stream(scores).mapToDouble(EnrichmentScore::score).toArray();
        int[] sizes = kept.stream().mapToInt(IndexedGeneSet::size).toArray();
        double[] nes = new double[m];
        double[] p = new double[m];
        double[] log2Error = new double[m];
        GseaSetResult.PValueMethod[] method = new GseaSetResult.PValueMethod[m];
        if (m > 0) {
            SplittableRandom root = new SplittableRandom(options.seed());
            PermutationNull.Counts counts = PermutationNull.count(weights, sizes, es, options.permutations(),
                    root.split());
            List<Integer> multilevel = simpleStep(counts, es, options, nes, p, log2Error, method);
            multilevelStep(multilevel, weights, es, sizes, options, root.split(), p, log2Error, method);
        }
        double[] q = MultipleTesting.benjaminiHochberg(p);
        List<GseaSetResult> results = new ArrayList<>(m);
        for (int i = 0; i < m; i++) {
            List<String> edge = Arrays.stream(scores[i].leadingEdgeRanks()).mapToObj(ranking.genes()::get).toList();
            results.add(new GseaSetResult(kept.get(i).name(), kept.get(i).sizeBefore(), sizes[i], es[i], nes[i], p[i],
                    log2Error[i], q[i], method[i], edge));
        }
        return new GseaRun(results, filtered.skipped(), options, ranking.size(), ranking.droppedDuplicates(),
                ranking.ties());
    }

    /** NES and simple p-values; returns the sets whose p-value multilevel splitting estimates better. */
    private static List<Integer> simpleStep(PermutationNull.Counts c, double[] es, GseaOptions options, double[] nes,
                                            double[] p, double[] log2Error, GseaSetResult.PValueMethod[] method) {
        int permutations = options.permutations();
        List<Integer> multilevel = new ArrayList<>();
        for (int i = 0; i < es.length; i++) {
            double negativeMean = c.negativeSum()[i] / c.lessOrEqualZero()[i];
            double positiveMean = c.positiveSum()[i] / c.greaterOrEqualZero()[i];
            double mean = es[i] > 0 ? positiveMean : Math.abs(negativeMean);
            if (!(mean != 0) || Double.isNaN(mean)) {
                nes[i] = Double.NaN;
                p[i] = Double.NaN;
                log2Error[i] = Double.NaN;
                method[i] = GseaSetResult.PValueMethod.NONE;
                continue;
            }
            nes[i] = es[i] / mean;
            p[i] = Math.min((1.0 + c.lessOrEqualScore()[i]) / (1 + c.lessOrEqualZero()[i]),
                    (1.0 + c.greaterOrEqualScore()[i]) / (1 + c.greaterOrEqualZero()[i]));
            long moreExtreme = es[i] > 0 ? c.greaterOrEqualScore()[i] : c.lessOrEqualScore()[i];
            double simpleError = Math.sqrt(Gamma.trigamma(moreExtreme + 1.0) - Gamma.trigamma(permutations + 1.0))
                    / Math.log(2);
            double multilevelError = multilevelError((moreExtreme + 1.0) / (permutations + 1.0),
                    options.sampleSize());
            if (multilevelError < simpleError) {
                multilevel.add(i);
            } else {
                log2Error[i] = simpleError;
                method[i] = GseaSetResult.PValueMethod.PERMUTATION;
            }
        }
        return multilevel;
    }

    /** fgsea's {@code multilevelError}: expected standard deviation of log2(p) for multilevel splitting. */
    static double multilevelError(double p, int sampleSize) {
        return Math.sqrt(Math.floor(-Math.log(p) / Math.log(2) + 1)
                * (Gamma.trigamma((sampleSize + 1) / 2.0) - Gamma.trigamma(sampleSize + 1.0))) / Math.log(2);
    }

    private static void multilevelStep(List<Integer> sets, double[] weights, double[] es, int[] sizes,
                                       GseaOptions options, SplittableRandom random, double[] p, double[] log2Error,
                                       GseaSetResult.PValueMethod[] method) {
        Map<Integer, List<Integer>> bySize = new TreeMap<>();
        for (int i : sets) {
            bySize.computeIfAbsent(sizes[i], s -> new ArrayList<>()).add(i);
        }
        double[] reversed = new double[weights.length];
        for (int i = 0; i < weights.length; i++) {
            reversed[i] = weights[weights.length - 1 - i];
        }
        List<List<Integer>> groups = new ArrayList<>(bySize.values());
        SplittableRandom[] streams = new SplittableRandom[groups.size()];
        for (int g = 0; g < streams.length; g++) {
            streams[g] = random.split();
        }
        // Larger sets cost more per level, so each thread takes the largest size left and the small ones fill the
        // gaps at the end. The groups and the walks inside each level must share one pool whose threads are all its
        // workers: in the common pool the calling thread, once out of groups, does not help with another group's
        // walks, which left one of two cores idle. A caller already inside a pool of its own keeps it.
        ForkJoinPool callers = ForkJoinTask.getPool();
        boolean ownPool = callers == null || callers == ForkJoinPool.commonPool();
        ForkJoinPool pool = ownPool ? new ForkJoinPool(Runtime.getRuntime().availableProcessors()) : callers;
        int threads = pool.getParallelism();
        AtomicInteger taken = new AtomicInteger();
        Runnable takeLargestLeft = () -> {
            for (int t = taken.getAndIncrement(); t < groups.size(); t = taken.getAndIncrement()) {
                int g = groups.size() - 1 - t;
                splitGroup(groups.get(g), streams[g], weights, reversed, es, sizes, options,
                        () -> taken.get() >= groups.size(), p, log2Error, method);
            }
        };
        try {
            pool.submit(() -> IntStream.range(0, threads).parallel().forEach(t -> takeLargestLeft.run())).join();
        } finally {
            if (ownPool) {
                pool.shutdown();
            }
        }
    }

    /** Multilevel p-values of one group of sets of the same size, from its own random stream. */
    private static void splitGroup(List<Integer> group, SplittableRandom stream, double[] weights, double[] reversed,
                                   double[] es, int[] sizes, GseaOptions options, BooleanSupplier threadsToSpare,
                                   double[] p, double[] log2Error, GseaSetResult.PValueMethod[] method) {
        int size = sizes[group.get(0)];
        double max = group.stream().mapToDouble(i -> es[i]).max().orElseThrow();
        double min = group.stream().mapToDouble(i -> es[i]).min().orElseThrow();
        SplittableRandom positiveStream = stream.split();
        SplittableRandom negativeStream = stream.split();
        MultilevelSplitting positive = new MultilevelSplitting(weights, options.sampleSize(), size);
        MultilevelSplitting negative = new MultilevelSplitting(reversed, options.sampleSize(), size);
        if (max >= 0) {
            positive.extend(Math.abs(max), positiveStream, options.eps(), threadsToSpare);
        }
        if (min < 0) {
            negative.extend(Math.abs(min), negativeStream, options.eps(), threadsToSpare);
        }
        for (int i : group) {
            MultilevelSplitting.PValue value = (es[i] >= 0 ? positive : negative).pValue(Math.abs(es[i]));
            p[i] = value.p();
            log2Error[i] = value.correctionAtLeastHalf() ? multilevelError(value.p(), options.sampleSize())
                    : Double.NaN;
            method[i] = GseaSetResult.PValueMethod.MULTILEVEL;
            if (p[i] < options.eps()) {
                p[i] = options.eps();
                log2Error[i] = Double.NaN;
            }
        }
    }
}
