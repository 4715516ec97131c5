package org.senescope.bench.io;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.senescope.read.matrix.MatrixReader;
import org.senescope.read.table.TableOptions;
import org.senescope.model.data.ExpressionMatrix;

/**
 * CPU time and heap of reads of {@link MatrixReadBenchmark}'s 20,000 x 1,000 matrix: what a shared machine measures
 * more steadily than JMH's wall-clock time, and the peak, which JMH does not measure ({@code -prof gc} gives the
 * allocation only). A harness with a {@code main}: it reads the file {@code args[0]} times (default 8) and prints each
 * read's thread CPU time (user and system, so the copies out of the page cache count) as MB/s. Then, after a GC and a
 * reset of the heap pools' peaks, one more read: the heap retained (used after a GC with the matrix held, minus used
 * before) and the peak above that baseline as the sum of the pools' peaks, which bounds the true peak from above,
 * against the payload of 8 bytes a value (target: at most twice). Running it with a small {@code -Xmx} proves the
 * read fits.
 */
public final class MatrixReadMeasures {

    private MatrixReadMeasures() {
    }

    public static void main(String[] args) throws Exception {
        int reads = args.length > 0 ? Integer.parseInt(args[0]) : 8;
        SyntheticInputs.TempFile input = SyntheticInputs.TempFile.of(
                dir -> SyntheticInputs.expressionTsv(dir.resolve("expression.tsv"), 20_000, 1_000, 3));
        try {
            Path file = input.path();
            cpu(file, reads);
            memory(file);
        } finally {
            input.delete();
        }
    }

    private static void cpu(Path file, int reads) throws Exception {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        double megabytes = Files.size(file) / 1e6;
        double best = Double.POSITIVE_INFINITY;
        for (int i = 0; i < reads; i++) {
            long start = threads.getCurrentThreadCpuTime();
            new MatrixReader(TableOptions.defaults()).read(file).matrix();
            double seconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
            best = Math.min(best, seconds);
            System.out.printf("read %d: %.0f ms of CPU = %.0f MB/s%n", i + 1, seconds * 1e3, megabytes / seconds);
        }
        System.out.printf("best: %.0f ms of CPU = %.0f MB/s%n", best * 1e3, megabytes / best);
    }

    private static void memory(Path file) throws Exception {
        List<MemoryPoolMXBean> heap = ManagementFactory.getMemoryPoolMXBeans().stream()
                .filter(p -> p.getType() == MemoryType.HEAP).toList();
        System.gc();
        long before = used(heap);
        heap.forEach(MemoryPoolMXBean::resetPeakUsage);
        ExpressionMatrix m = new MatrixReader(TableOptions.defaults()).read(file).matrix();
        long peak = heap.stream().mapToLong(p -> p.getPeakUsage().getUsed()).sum();
        System.gc();
        long retained = used(heap) - before;
        double payload = 8.0 * m.rowCount() * m.sampleCount();
        System.out.printf("payload %.1f MB; retained %.1f MB (%.2f x); peak above baseline at most %.1f MB (%.2f x); "
                        + "max heap %d MB%n", payload / 1e6, retained / 1e6, retained / payload, (peak - before) / 1e6,
                (peak - before) / payload, Runtime.getRuntime().maxMemory() >> 20);
    }

    private static long used(List<MemoryPoolMXBean> heap) {
        return heap.stream().mapToLong(p -> p.getUsage().getUsed()).sum();
    }
}
