package org.senescope.render.plots;

import java.awt.Graphics2D;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.analysis.GseaSetResult;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.model.data.GeneSet;
import org.senescope.model.figure.PhysicalLength;

/**
 * The GSEA enrichment plot of one gene set, as fgsea's {@code plotEnrichment} draws it (weight 1): the running sum over
 * the ranking with dashed lines at the enrichment score and zero, a rug of the set's genes, and the ranked statistic
 * below; the set's name as title and its ES, NES, p and q in the figure. Immutable and thread-safe.
 */
public final class EnrichmentPlot extends Plot {

    /** Axis titles' and the statistics line's size in points. */
    static final double LABEL_PT = 6;
    private static final double HEIGHT_PER_WIDTH = 0.72;
    private static final double SIDE_MARGIN = 6;

    private final GseaSetResult result;
    private final double[] runningSum;
    private final int[] hits;
    private final double[] statistics;

    private EnrichmentPlot(String setName, GseaSetResult result, double[] runningSum, int[] hits, double[] statistics,
                           double width) {
        super(setName, width, width * HEIGHT_PER_WIDTH, SIDE_MARGIN);
        this.result = result;
        this.runningSum = runningSum;
        this.hits = hits;
        this.statistics = statistics;
    }

    /**
     * The plot of {@code set} in {@code ranking}, annotated with {@code result} (the same set's row of the run).
     *
     * @param width the figure's width on paper; the height is 0.72 of it
     * @throws IllegalArgumentException when the set shares no gene with the ranking or has every gene of it
     */
    public static EnrichmentPlot of(Ranking ranking, GeneSet set, GseaSetResult result, PhysicalLength width) {
        Objects.requireNonNull(result, "result");
        Map<String, Integer> rank = new HashMap<>();
        List<String> genes = ranking.genes();
        for (int i = 0; i < genes.size(); i++) {
            rank.putIfAbsent(genes.get(i), i);
        }
        int[] hits = set.genes().stream().map(rank::get).filter(Objects::nonNull).distinct().mapToInt(i -> i)
                .sorted().toArray();
        if (hits.length == 0 || hits.length >= genes.size()) {
            throw new IllegalArgumentException("gene set " + set.name() + " has " + hits.length + " of the "
                    + genes.size() + " ranked genes; an enrichment plot needs at least one and fewer than all");
        }
        double[] stats = new double[genes.size()];
        for (int i = 0; i < stats.length; i++) {
            stats[i] = ranking.statistic(i);
        }
        return new EnrichmentPlot(set.name(), result, runningSum(ranking.weights(), hits), hits, stats,
                width.points());
    }

    /**
     * The running enrichment score at every position: element {@code k} is the sum over ranks below {@code k}, so the
     * series has {@code N + 1} values, starting and ending at 0. Members step up by their weight over the members'
     * total weight (by 1/m when all weights are 0), others down by 1/(N - m). Its extreme deviation from 0 is the
     * enrichment score of {@link org.senescope.analysis.gsea.EnrichmentScore}.
     */
    static double[] runningSum(double[] weights, int[] sortedHits) {
        int n = weights.length;
        int m = sortedHits.length;
        double total = 0;
        for (int r : sortedHits) {
            total += weights[r];
        }
        boolean[] member = new boolean[n];
        for (int r : sortedHits) {
            member[r] = true;
        }
        double[] y = new double[n + 1];
        double cumulativeHit = 0;
        int misses = 0;
        for (int k = 0; k < n; k++) {
            if (member[k]) {
                cumulativeHit += total == 0 ? 1.0 / m : weights[k] / total;
            } else {
                misses++;
            }
            y[k + 1] = cumulativeHit - (double) misses / (n - m);
        }
        return y;
    }

    /** The running sum drawn: {@code N + 1} values, see {@link #runningSum(double[], int[])}. */
    public double[] runningSum() {
        return runningSum.clone();
    }

    /** The ranks (0 = highest statistic) of the set's genes, ascending: the rug. */
    public int[] hits() {
        return hits.clone();
    }

    /** The value of the running sum farthest from 0 (the positive one on a tie): the ES the plot marks. */
    public double extremeOfRunningSum() {
        double max = Arrays.stream(runningSum).max().orElse(0);
        double min = Arrays.stream(runningSum).min().orElse(0);
        return max >= -min ? max : min;
    }

    @Override
    void drawContent(Graphics2D g) {
        String stats = "ES " + PlotText.number(result.score()) + "   NES " + PlotText.number(result.normalized())
                + "   p " + PlotText.number(result.p()) + "   q " + PlotText.number(result.q())
                + "   size " + result.size();
        PlotText.draw(g, stats, LABEL_PT, width() / 2, 19, 0.5);
        new EnrichmentPanels(width(), height(), runningSum, hits, statistics).draw(g, extremeOfRunningSum());
    }
}
