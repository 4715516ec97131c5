package org.senescope.analysis.gsea;

import org.senescope.model.analysis.GseaOptions;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Preranked GSEA on the P53 moderated t against fgseaMultilevel 1.31 (seed 42, eps 0). */
class GseaReferenceTest {

    private static GseaRun run;
    private static Map<String, Map<String, String>> reference;

    @BeforeAll
    static void runGsea() throws RankingException {
        run = PrerankedGsea.run(Ranking.of(P53Data.ranking()), P53Data.geneSets(), new SetSizeFilter(15, 500),
                GseaOptions.defaults(42));
        reference = P53Data.table("fgsea_multilevel_p53_c2_hallmark_senescence_min15_max500.tsv");
    }

    @Test
    void analysesTheSameSetsWithTheSameSizes() {
        assertEquals(reference.keySet(), run.results().stream().map(GseaSetResult::name)
                .collect(java.util.stream.Collectors.toSet()));
        for (GseaSetResult r : run.results()) {
            assertEquals(Integer.parseInt(reference.get(r.name()).get("size")), r.size(), r.name());
        }
    }

    @Test
    void enrichmentScoresAndLeadingEdgesMatchExactly() {
        for (GseaSetResult r : run.results()) {
            Map<String, String> ref = reference.get(r.name());
            double es = Double.parseDouble(ref.get("ES"));
            assertEquals(es, r.score(), 1e-9 * Math.abs(es), r.name());
            assertEquals(Arrays.asList(ref.get("leadingEdge").split(",")), r.leadingEdge(), r.name());
        }
    }

    @Test
    void normalisedScoresAreWithinMonteCarloError() {
        double worst = 0;
        for (GseaSetResult r : run.results()) {
            double nes = Double.parseDouble(reference.get(r.name()).get("NES"));
            worst = Math.max(worst, Math.abs(nes - r.normalized()));
        }
        assertTrue(worst <= 0.05, "largest NES difference " + worst);
    }

    @Test
    void pValuesAreWithinMonteCarloError() {
        double worstLarge = 0;
        double worstSmall = 0;
        for (GseaSetResult r : run.results()) {
            Map<String, String> ref = reference.get(r.name());
            double p = Double.parseDouble(ref.get("pval"));
            if (p > 0.02) {
                worstLarge = Math.max(worstLarge, Math.abs(Math.log10(p) - Math.log10(r.p())));
            } else {
                double err = Double.parseDouble(ref.get("log2err"));
                // Both estimates are random: their log2 difference has standard deviation sqrt(err^2 + err'^2).
                double combined = Math.sqrt(err * err + r.log2Error() * r.log2Error());
                double ratio = Math.abs(Math.log(p) - Math.log(r.p())) / Math.log(2) / combined;
                worstSmall = Math.max(worstSmall, ratio);

            }
        }
        assertTrue(worstLarge <= 0.3, "largest log10 p difference above 0.02: " + worstLarge);
        assertTrue(worstSmall <= 3, "largest log2 p difference below 0.02, in combined standard errors: "
                + worstSmall);
    }
}
