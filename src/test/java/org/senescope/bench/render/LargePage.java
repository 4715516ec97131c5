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
 * benchmark ({@code src/test/js/page-bench.js}, docs/benchmarks.md): {@code LargePage OUT.html}.
 */
public final class LargePage {

    private LargePage() {
    }

    public static void main(String[] args) throws IOException {
        FigureOptions o = FigureOptions.defaults("Benchmark: 2,000 nodes, 10,000 edges", "")
                .withLayout(LayoutChoice.automatic(1));
        FigureScene scene = FigureScene.compose(SyntheticNetwork.generate(2000, 10_000, 1), o);
        try (OutputStream out = Files.newOutputStream(Path.of(args[0]))) {
            FigureExport.writerOf(FigureFormat.HTML).write(scene, out);
        }
    }
}
