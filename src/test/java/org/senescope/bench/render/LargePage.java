package org.senescope.bench.render;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.format.FigureFormat;
import org.senescope.render.FigureScene;
import org.senescope.render.files.FigureExport;

/**
 * Writes the interactive page of a generated 2,000-node, 10,000-edge network (seed 1, automatic layout) for the page
 * benchmark ({@code src/test/js/page-bench.js}, docs/benchmarks.md): {@code LargePage OUT.html}; with
 * {@code LargePage OUT.html NODES EDGES} a network of that size (the same generator and seed).
 */
public final class LargePage {

    private LargePage() {
    }

    public static void main(String[] args) throws IOException {
        int nodes = args.length > 2 ? Integer.parseInt(args[1]) : 2000;
        int edges = args.length > 2 ? Integer.parseInt(args[2]) : 10_000;
        FigureOptions o = FigureOptions.defaults("Benchmark: " + nodes + " nodes, " + edges + " edges", "")
                .withLayout(LayoutChoice.automatic(1));
        FigureScene scene = FigureScene.compose(SyntheticNetwork.generate(nodes, edges, 1), o);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            FigureExport.writerOf(FigureFormat.HTML).write(scene, out);
        }
    }
}
