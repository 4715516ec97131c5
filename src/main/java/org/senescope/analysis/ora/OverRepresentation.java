package org.senescope.analysis.ora;

import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.stats.MultipleTesting;
import org.senescope.model.data.GeneSet;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Over-representation analysis: is a selection of genes (e.g. the significant genes of an experiment) enriched in a
 * gene set, against an explicit background (e.g. every gene measured)? One-sided hypergeometric test, as R's
 * {@code phyper(k - 1, K, N - K, n, lower.tail = FALSE)}, then Benjamini–Hochberg over the tested sets.
 *
 * <p>Genes are matched exactly as written (no case folding, no alias mapping). The background and the selection are
 * deduplicated (repeats counted); selected genes not in the background are dropped and listed, so the selection tested
 * is always a subset of the background. Set sizes are counted after intersecting each set with the background, and
 * {@link SetSizeFilter} decides which sets are tested. Stateless and thread-safe.
 */
public final class OverRepresentation {

    private OverRepresentation() {
    }

    /**
     * Tests every set that passes {@code filter}.
     *
     * @param selected   the genes of interest, in any order, repeats allowed
     * @param background the universe the selection was drawn from, repeats allowed
     * @throws IllegalArgumentException when no selected gene is in the background
     */
    public static OraRun test(Collection<String> selected, Collection<String> background, List<GeneSet> sets,
                              SetSizeFilter filter) {
        Set<String> universe = new LinkedHashSet<>(background);
        int backgroundRepeats = background.size() - universe.size();
        Set<String> chosen = new LinkedHashSet<>(selected);
        int selectedRepeats = selected.size() - chosen.size();
        List<String> missing = new ArrayList<>();
        for (String gene : chosen) {
            if (!universe.contains(gene)) {
                missing.add(gene);
            }
        }
        missing.forEach(chosen::remove);
        if (chosen.isEmpty()) {
            throw new IllegalArgumentException("none of the " + (selected.size() - selectedRepeats)
                    + " selected genes is in the background of " + universe.size() + " genes");
        }
        List<String> genes = List.copyOf(universe);
        FilteredGeneSets filtered = filter.apply(sets, genes);
        int population = genes.size();
        int n = chosen.size();
        List<IndexedGeneSet> kept = filtered.kept();
        double[] p = new double[kept.size()];
        List<List<String>> overlaps = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            List<String> overlap = new ArrayList<>();
            for (int position : kept.get(i).positions()) {
                if (chosen.contains(genes.get(position))) {
                    overlap.add(genes.get(position));
                }
            }
            overlaps.add(overlap);
            p[i] = HypergeometricTail.upper(population, kept.get(i).size(), n, overlap.size());
        }
        double[] q = MultipleTesting.benjaminiHochberg(p);
        List<OraSetResult> results = new ArrayList<>();
        for (int i = 0; i < kept.size(); i++) {
            IndexedGeneSet set = kept.get(i);
            int k = overlaps.get(i).size();
            double expected = (double) n * set.size() / population;
            results.add(new OraSetResult(set.name(), set.sizeBefore(), set.size(), k, expected, k / expected, p[i],
                    q[i], overlaps.get(i)));
        }
        return new OraRun(results, filtered.skipped(), population, backgroundRepeats, n, selectedRepeats, missing);
    }
}
