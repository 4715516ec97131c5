package org.senescope.bench.analysis;

import java.nio.file.Path;
import java.util.List;

import org.senescope.model.analysis.GseaOptions;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.read.gmt.GmtReader;
import org.senescope.read.rnk.RnkReader;
import org.senescope.model.data.GeneSet;

/**
 * The GSEA benchmark's inputs: {@code synthetic} (a seeded ranking of 12,000 genes and 586 seeded sets) or {@code th1}
 * (fgsea's example, read from ../shared/data/mouse-th1), under Senescope's defaults ({@code senescope}) or
 * fgseaMultilevel's in fgsea 1.31 ({@code fgsea}: 1,000 permutations, eps 1e-50).
 */
record GseaInputs(Ranking ranking, List<GeneSet> sets, GseaOptions options) {

    static GseaInputs of(String data, String settings) throws Exception {
        Ranking ranking;
        List<GeneSet> sets;
        if (data.equals("th1")) {
            Path folder = Path.of("..", "shared", "data", "mouse-th1");
            ranking = Ranking.of(new RnkReader().read(folder.resolve("naive.vs.th1.rnk")).list());
            sets = new GmtReader().read(folder.resolve("mouse.reactome.gmt")).sets();
        } else {
            ranking = Ranking.of(SyntheticGeneSets.ranking(12_000, 1));
            sets = SyntheticGeneSets.sets(ranking.genes(), 586, 2);
        }
        GseaOptions options = settings.equals("fgsea") ? new GseaOptions(42, 1000, 101, 1e-50)
                : GseaOptions.defaults(42);
        return new GseaInputs(ranking, sets, options);
    }
}
