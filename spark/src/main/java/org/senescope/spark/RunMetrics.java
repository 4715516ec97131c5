package org.senescope.spark;

import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.SparkSession;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

/**
 * What the scale runs record (docs/benchmarks.md): wall time, the JVM's peak heap in use (sampled every 50 ms; in
 * local mode the driver's JVM is the one executor), Spark's peak execution memory of a task, and the bytes shuffled.
 */
final class RunMetrics extends SparkListener implements AutoCloseable {

    private final long start = System.nanoTime();
    private final AtomicLong peakHeap = new AtomicLong();
    private final AtomicLong shuffleWrite = new AtomicLong();
    private final AtomicLong shuffleRead = new AtomicLong();
    private final AtomicLong peakTaskMemory = new AtomicLong();
    private final Thread sampler;
    private volatile boolean running = true;

    RunMetrics(SparkSession spark) {
        spark.sparkContext().addSparkListener(this);
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        sampler = new Thread(() -> {
            while (running) {
                peakHeap.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        }, "senescope-memory-sampler");
        sampler.setDaemon(true);
        sampler.start();
    }

    @Override
    public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
            shuffleWrite.addAndGet(end.taskMetrics().shuffleWriteMetrics().bytesWritten());
            shuffleRead.addAndGet(end.taskMetrics().shuffleReadMetrics().totalBytesRead());
            peakTaskMemory.accumulateAndGet(end.taskMetrics().peakExecutionMemory(), Math::max);
        }
    }

    /** One line: cells, seconds, cells per second, peak heap, peak task memory, shuffle bytes. */
    String summary(long cells) {
        double seconds = (System.nanoTime() - start) / 1e9;
        return String.format(Locale.ROOT, "cells=%d seconds=%.1f cells/s=%.0f peak-heap-MiB=%d peak-task-execution-MiB=%d"
                        + " shuffle-write-MiB=%.1f shuffle-read-MiB=%.1f", cells, seconds, cells / seconds,
                peakHeap.get() >> 20, peakTaskMemory.get() >> 20, shuffleWrite.get() / 1048576.0,
                shuffleRead.get() / 1048576.0);
    }

    @Override
    public void close() {
        running = false;
        sampler.interrupt();
    }
}
