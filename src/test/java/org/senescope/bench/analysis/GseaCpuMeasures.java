package org.senescope.bench.analysis;

import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.util.List;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.gsea.GseaOptions;
import org.senescope.analysis.gsea.PrerankedGsea;
import org.senescope.analysis.gsea.Ranking;
import org.senescope.io.gmt.GmtReader;
import org.senescope.io.rnk.RnkReader;
import org.senescope.model.data.GeneSet;

/**
 * The CPU time of {@link GseaBenchmark}'s runs, which a shared machine measures more steadily than JMH's wall-clock
 * time: process CPU time (all threads, GC included) and wall time of {@code runs} runs in one JVM. A harness with a
 * {@code main}: {@code args} are the data ({@code synthetic} or {@code th1}, the latter read from
 * ../shared/data/mouse-th1), the settings ({@code senescope} or {@code fgsea}) and the number of runs (default 3).
 * On two idle cores the wall time is about half the CPU time, since both steps run in parallel.
 */
public final class GseaCpuMeasures {

    private GseaCpuMeasures() {
    }

    public static void main(String[] args) throws Exception {
        String data = args.length > 0 ? args[0] : "synthetic";
        String settings = args.length > 1 ? args[1] : "senescope";
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        Ranking ranking;
        List<GeneSet> sets;
        if (data.equals("th1")) {
            Path folder = Path.of("..", "shared", "data", "mouse-th1");
            ranking = Ranking.of(new RnkReader().read(folder.resolve("naive.vs.th1.rnk")).list());
            sets = GmtReader.read(folder.resolve("mouse.reactome.gmt")).sets();
        } else {
            ranking = Ranking.of(SyntheticGeneSets.ranking(12_000, 1));
            sets = SyntheticGeneSets.sets(ranking.genes(), 586, 2);
        }
        GseaOptions options = settings.equals("fgsea") ? new GseaOptions(42, 1000, 101, 1e-50)
                : GseaOptions.defaults(42);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            PrerankedGsea.run(ranking, sets, new SetSizeFilter(15, 500), options);
            double seconds = (os.getProcessCpuTime() - cpu) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("run %d: %.2f s of CPU, %.2f s wall%n", i + 1, seconds, (System.nanoTime() - wall) / 1e9);
        }
        System.out.printf("%s, %s settings: best %.2f s of CPU%n", data, settings, best);
    }
}
