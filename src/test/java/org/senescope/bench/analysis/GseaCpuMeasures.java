package org.senescope.bench.analysis;

import java.lang.management.ManagementFactory;

import org.senescope.analysis.SetSizeFilter;
import org.senescope.analysis.gsea.PrerankedGsea;

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
        GseaInputs inputs = GseaInputs.of(data, settings);
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < runs; i++) {
            long cpu = os.getProcessCpuTime();
            long wall = System.nanoTime();
            PrerankedGsea.run(inputs.ranking(), inputs.sets(), new SetSizeFilter(15, 500), inputs.options());
            double seconds = (os.getProcessCpuTime() - cpu) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("run %d: %.2f s of CPU, %.2f s wall%n", i + 1, seconds, (System.nanoTime() - wall) / 1e9);
        }
        System.out.printf("%s, %s settings: best %.2f s of CPU%n", data, settings, best);
    }
}
