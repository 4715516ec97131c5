package org.senescope.bench.render;

import org.senescope.render.files.FigureExport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

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
import org.openjdk.jmh.annotations.Warmup;
import org.senescope.demo.DeTable;
import org.senescope.demo.SimulatedTimeCourse;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.FigureOptions;
import org.senescope.render.FigureScene;
import org.senescope.model.figure.LayoutChoice;

/**
 * Figures from composition to bytes in PNG (180 mm, 300 dpi), SVG and PDF together. Targets: the seed network with
 * the demo's three-condition overlay under 0.5 s; a generated 2,000-node network (4,000 edges, automatic layout
 * included) under 3 s.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Warmup(iterations = 3)
@Measurement(iterations = 5)
@Fork(1)
public class FigureBenchmark {

    private Network seed;
    private Overlay overlay;
    private Network large;

    @Setup(Level.Trial)
    public void prepare() throws Exception {
        seed = SenescenceImmunityNetwork.buildBundled();
        List<String> genes = seed.nodes().stream().map(Node::mouseSymbols).flatMap(List::stream).toList();
        overlay = byMouseSymbol(seed, SimulatedTimeCourse.generate(genes, 3));
        large = SyntheticNetwork.generate(2000, 1);
    }

    @Benchmark
    public int seedNetworkPngSvgPdf() throws IOException {
        FigureOptions o = FigureOptions.defaults("Benchmark", "SIMULATED").withDisplay(ConditionDisplay.STRIPES)
                .withColourLimit(3);
        return writeAll(FigureScene.compose(seed, overlay, o));
    }

    @Benchmark
    public int twoThousandNodesPngSvgPdf() throws IOException {
        FigureOptions o = FigureOptions.defaults("Benchmark", "").withLayout(LayoutChoice.automatic(1));
        return writeAll(FigureScene.compose(large, o));
    }

    /** The simulated values of every node with one mouse gene; the benchmark measures drawing, not mapping. */
    private static Overlay byMouseSymbol(Network network, List<DeTable> tables) {
        List<NodeOverlay> nodes = new ArrayList<>();
        for (Node n : network.nodes()) {
            if (n.mouseSymbols().size() != 1) {
                continue;
            }
            List<org.senescope.model.data.Measurement> ms = new ArrayList<>();
            for (DeTable t : tables) {
                ms.add(t.rows().stream().filter(r -> r.symbol().equals(n.mouseSymbols().get(0))).findFirst()
                        .map(r -> new org.senescope.model.data.Measurement(r.log2FoldChange(), r.padj()))
                        .orElse(org.senescope.model.data.Measurement.MISSING));
            }
            nodes.add(new NodeOverlay(n.id(), ms, n.mouseSymbols().get(0), "benchmark"));
        }
        return new Overlay("SIMULATED", "log2 fold change", tables.stream().map(DeTable::condition).toList(), nodes);
    }

    private static int writeAll(FigureScene scene) throws IOException {
        int bytes = 0;
        for (FigureFormat f : List.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF)) {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            FigureExport.writerOf(f).write(scene, out);
            bytes += out.size();
        }
        return bytes;
    }
}
