package org.senescope.demo;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;

import org.hipparchus.special.Erf;

/**
 * SIMULATED differential expression for a mouse liver carcinoma after p53 restoration (the setting of the seed commentary on p53-induced senescence): days
 * 2, 4 and 8 against day 0, for the network's mouse genes and a few hundred background genes. The biology follows the
 * seed: Trp53 and its target Cdkn1a rise, Ccl2 and the other seed-003 chemokines and Il12, Il15, Il18 rise over the
 * days, the NKG2D ligands (Raet1e and its family) stay unchanged. Effects grow with time; noise is Gaussian with a fixed
 * standard error; p-values are two-sided normal, adjusted by Benjamini–Hochberg per table. Same seed, same numbers.
 */
public final class SimulatedTimeCourse {

    /** The seed the demo uses. */
    public static final long DEFAULT_SEED = 3;
    /** Days after p53 restoration, each compared with day 0. */
    public static final List<Integer> DAYS = List.of(2, 4, 8);
    /** How many genes outside the network are added, with no true effect. */
    public static final int BACKGROUND_GENES = 300;
    /** What every file, caption and text written from these data says first. */
    public static final String LABEL = "SIMULATED";
    /** One line naming the data and their origin. */
    public static final String DESCRIPTION = "SIMULATED data, not measured: seeded model of a mouse liver carcinoma "
            + "after p53 restoration (the setting of the seed commentary on p53-induced senescence, CCL2 and NKG2D), days 2, "
            + "4 and 8 vs day 0";

    private static final double STANDARD_ERROR = 0.3;

    /** True log2 fold change at day 8 for genes with an effect; every other gene has none. */
    private static final Map<String, Double> DAY8_EFFECT = effects();

    private SimulatedTimeCourse() {
    }

    /** The condition name of day {@code day}'s table. */
    public static String condition(int day) {
        return "day " + day + " vs day 0";
    }

    /** One table per day of {@link #DAYS}, for {@code mouseGenes} (in the given order) plus background genes. */
    public static List<DeTable> generate(List<String> mouseGenes, long seed) {
        List<String> genes = new ArrayList<>(mouseGenes.stream().distinct().toList());
        for (int i = 1; i <= BACKGROUND_GENES; i++) {
            genes.add(String.format(Locale.ROOT, "Simgene%03d", i));
        }
        SplittableRandom random = new SplittableRandom(seed);
        List<DeTable> tables = new ArrayList<>();
        for (int day : DAYS) {
            // Effects saturate: half the day-8 effect by day 2, most of it by day 4.
            double progress = 1 - Math.exp(-day / 3.0);
            double full = 1 - Math.exp(-8 / 3.0);
            double[] lfc = new double[genes.size()];
            double[] p = new double[genes.size()];
            for (int i = 0; i < genes.size(); i++) {
                double truth = DAY8_EFFECT.getOrDefault(genes.get(i), 0.0) * progress / full;
                lfc[i] = truth + gaussian(random) * STANDARD_ERROR;
                p[i] = Erf.erfc(Math.abs(lfc[i] / STANDARD_ERROR) / Math.sqrt(2));
            }
            double[] padj = benjaminiHochberg(p);
            List<DeRow> rows = new ArrayList<>();
            for (int i = 0; i < genes.size(); i++) {
                rows.add(new DeRow(genes.get(i), round(lfc[i], 4), p[i], padj[i]));
            }
            tables.add(new DeTable(condition(day), rows));
        }
        return tables;
    }

    /** Benjamini–Hochberg adjusted p-values, in input order. */
    static double[] benjaminiHochberg(double[] p) {
        int n = p.length;
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, Comparator.comparingDouble((Integer i) -> p[i]).thenComparingInt(i -> i));
        double[] adjusted = new double[n];
        double running = 1;
        for (int rank = n; rank >= 1; rank--) {
            int i = order[rank - 1];
            running = Math.min(running, p[i] * n / rank);
            adjusted[i] = Math.min(1, running);
        }
        return adjusted;
    }

    private static double gaussian(SplittableRandom random) {
        // Box–Muller with SplittableRandom, whose sequence is fixed by the seed on every JVM.
        double u = 1 - random.nextDouble();
        double v = random.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
    }

    private static double round(double v, int digits) {
        double f = Math.pow(10, digits);
        return Math.round(v * f) / f;
    }

    private static Map<String, Double> effects() {
        Map<String, Double> e = new LinkedHashMap<>();
        e.put("Trp53", 2.0);
        e.put("Cdkn1a", 3.0);
        e.put("Ccl2", 3.5);
        e.put("Ccl3", 1.8);
        e.put("Ccl4", 1.6);
        e.put("Ccl5", 2.2);
        e.put("Cxcl1", 2.0);
        e.put("Cxcl2", 1.5);
        e.put("Il12a", 1.4);
        e.put("Il12b", 1.2);
        e.put("Il15", 1.6);
        e.put("Il18", 1.3);
        e.put("Klrk1", 1.0);
        e.put("Pdcd1lg2", 0.9);
        e.put("Cdkn2a", 0.4);
        return Map.copyOf(e);
    }
}
