package org.senescope.bench.mine;

import java.lang.management.ManagementFactory;
import java.util.List;

import org.senescope.mine.Miner;

/**
 * The CPU time of {@link MinerBenchmark}'s work, steadier than wall time on a shared machine: a harness with a
 * {@code main} that builds the lexicon once, then mines the 1,000 generated abstracts {@code args[0]} times (default
 * 5) and prints each run's process CPU time (all threads, GC included), wall time and candidates.
 */
public final class MinerCpuMeasures {

    private MinerCpuMeasures() {
    }

    public static void main(String[] args) throws Exception {
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        Miner miner = new Miner(new MinerBenchmark().buildLexicon());
        System.out.printf("lexicon (gene tables and curation read, first use): %.2f s of CPU, %.2f s wall%n",
                (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9);
        List<String> abstracts = SyntheticAbstracts.of(1_000, 18L);
        System.out.printf("%d documents, %d characters%n", abstracts.size(),
                abstracts.stream().mapToInt(String::length).sum());
        for (int i = 0; i < runs; i++) {
            cpu = os.getProcessCpuTime();
            wall = System.nanoTime();
            int candidates = MinerBenchmark.mineAll(miner, abstracts);
            System.out.printf("run %d: %.2f s of CPU, %.2f s wall, %d candidates%n", i + 1,
                    (os.getProcessCpuTime() - cpu) / 1e9, (System.nanoTime() - wall) / 1e9, candidates);
        }
    }
}
