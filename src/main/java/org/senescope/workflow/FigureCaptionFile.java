package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;

import org.senescope.output.PlannedFile;
import org.senescope.render.FigureScene;

/**
 * Where a network figure's caption goes when the page fit left it out of the figure ({@link
 * FigureScene#captionOutsideFigure()}): never nowhere. {@code senescope figure} appends it to its methods text; the
 * jobs that write a figure without one ({@code sc-overlay}, {@code sc-score --modules}) write it as
 * {@code BASE.caption.txt} beside the figure. Stateless.
 */
final class FigureCaptionFile {

    /** What precedes a caption written outside its figure. */
    static final String LEFT_OUT = "Figure caption (not drawn in the figure, which would otherwise be taller than a "
            + "journal page): ";

    private FigureCaptionFile() {
    }

    /**
     * {@code directory/base.caption.txt} holding {@link #LEFT_OUT} and the caption, one line, when {@code scene}'s
     * caption is not drawn in it; no file when it is.
     */
    static List<PlannedFile> plan(FigureScene scene, Path directory, String base) {
        return scene.captionOutsideFigure().map(c -> (LEFT_OUT + c + "\n").getBytes(StandardCharsets.UTF_8))
                .map(b -> List.of(new PlannedFile(directory.resolve(base + ".caption.txt"), o -> o.write(b))))
                .orElse(List.of());
    }
}
