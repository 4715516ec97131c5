package org.senescope.bench.cytoscape;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.concurrent.Callable;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;
import org.senescope.cytoscape.FelixHarness;

/**
 * How long the packaged Senescope bundle takes to start in Felix once it is installed and the stand-in Cytoscape API
 * bundle is active: what a user waits for when Cytoscape loads the app (class loading of the activator's graph
 * included, because each invocation gets a fresh framework). Target: under 200 ms. Needs {@code -Dsenescope.jar}.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.SingleShotTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 20)
@Fork(1)
public class ActivationBenchmark {

    private Path work;
    private FelixHarness felix;
    private Callable<Integer> startSenescope;

    @Setup(Level.Invocation)
    public void install() throws Exception {
        work = Files.createTempDirectory("senescope-activation");
        felix = FelixHarness.start(work);
        felix.installCytoscapeApi();
        startSenescope = felix.senescopeStarter(FelixHarness.senescopeJar());
    }

    @Benchmark
    public int start() throws Exception {
        return startSenescope.call();
    }

    @TearDown(Level.Invocation)
    public void stop() throws Exception {
        felix.close();
        try (Stream<Path> files = Files.walk(work)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
