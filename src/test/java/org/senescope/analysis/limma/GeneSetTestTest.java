package org.senescope.analysis.limma;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.senescope.analysis.FilteredGeneSets;
import org.senescope.analysis.IndexedGeneSet;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class GeneSetTestTest {

    static FilteredGeneSets sets;

    @BeforeAll
    static void read() throws IOException {
        ModeratedTTest.read();
        sets = new SetSizeFilter(15, 500).apply(P53Data.geneSets(), ModeratedTTest.p53.rowIds());
    }

    @Test
    void rankTestsOnModeratedTEqualLimma() {
        Map<String, Map<String, String>> ref = P53Data.table("limma_p53_geneSetTest_t.tsv");
        assertEquals(ref.size(), sets.kept().size());
        double[] t = ModeratedTTest.fit.t();
        String[] columns = {"p_mixed_ranks", "p_up_ranks", "p_down_ranks", "p_either_ranks"};
        GeneSetTest.Alternative[] alternatives = {GeneSetTest.Alternative.MIXED, GeneSetTest.Alternative.UP,
                GeneSetTest.Alternative.DOWN, GeneSetTest.Alternative.EITHER};
        for (int a = 0; a < columns.length; a++) {
            double[] p = GeneSetTest.ranks(t, sets, alternatives[a]);
            double worst = 0;
            for (int i = 0; i < p.length; i++) {
                IndexedGeneSet set = sets.kept().get(i);
                Map<String, String> row = ref.get(set.name());
                assertEquals(Integer.parseInt(row.get("size")), set.size(), set.name());
                worst = Math.max(worst, ModeratedTTest.relative(p[i], Double.parseDouble(row.get(columns[a]))));
            }
            System.out.println(columns[a] + " " + worst);
            assertTrue(worst <= 1e-9, columns[a] + " " + worst);
        }
    }

    @Test
    void oneSignedStatisticsAllowOnlyMixed() {
        FilteredGeneSets one = new FilteredGeneSets(List.of(new IndexedGeneSet("S", 1, new int[] {0})), List.of());
        assertThrows(IllegalArgumentException.class,
                () -> GeneSetTest.ranks(new double[] {1, 2, 3}, one, GeneSetTest.Alternative.UP));
        assertEquals(1, GeneSetTest.ranks(new double[] {1, 2, 3}, one, GeneSetTest.Alternative.MIXED).length);
    }
}
