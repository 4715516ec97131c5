package org.senescope.analysis.gsea;

import org.senescope.model.analysis.GseaOptions;
import org.senescope.model.analysis.GseaRun;
import org.senescope.model.analysis.GseaSetResult;

import org.junit.jupiter.api.Test;
import org.senescope.analysis.P53Data;
import org.senescope.analysis.SetSizeFilter;
import org.senescope.model.data.GeneSet;

import java.util.List;
import java.util.concurrent.ForkJoinPool;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

/** The seed alone fixes the results: not the thread count, not the run. */
class GseaDeterminismTest {

    private static final List<GeneSet> SETS = P53Data.geneSets().subList(0, 120);

    private static GseaRun run(long seed, int threads) throws Exception {
        Ranking ranking = Ranking.of(P53Data.ranking());
        GseaOptions options = new GseaOptions(seed, 2000, 101, 0);
        ForkJoinPool pool = new ForkJoinPool(threads);
        try {
            // Parallel streams started inside a pool's task run in that pool.
            return pool.submit(() -> PrerankedGsea.run(ranking, SETS, new SetSizeFilter(15, 500), options)).get();
        } finally {
            pool.shutdown();
        }
    }

    @Test
    void sameSeedSameResultsOnOneThreadOrFour() throws Exception {
        GseaRun one = run(7, 1);
        GseaRun four = run(7, 4);
        assertEquals(one.results(), four.results());
        assertEquals(7, one.options().seed());
    }

    @Test
    void anotherSeedGivesOtherRandomQuantitiesButTheSameScores() throws Exception {
        GseaRun a = run(7, 2);
        GseaRun b = run(8, 2);
        assertNotEquals(a.results().stream().map(GseaSetResult::normalized).toList(),
                b.results().stream().map(GseaSetResult::normalized).toList());
        assertEquals(a.results().stream().map(GseaSetResult::score).toList(),
                b.results().stream().map(GseaSetResult::score).toList());
    }
}
