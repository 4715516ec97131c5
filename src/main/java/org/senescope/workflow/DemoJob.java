package org.senescope.workflow;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.demo.DeTable;
import org.senescope.demo.DeTableFile;
import org.senescope.demo.SimulatedTimeCourse;
import org.senescope.export.files.NetworkFiles;
import org.senescope.export.files.OutputFile;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.output.PlannedFile;

/**
 * The demo job: the seed network, the SIMULATED p53-restoration time course as DE tables overlaid on it, figures in
 * every format, the interactive page, the recipe and the methods text, planned as one set for one folder (written
 * whole or not at all). The figure is drawn by {@link FigureJob} from the tables' own bytes, so its recipe remakes it
 * from the written files. Stateless.
 */
public final class DemoJob {

    /** The base name of the demo's figure files. */
    public static final String FIGURE_BASE = "senescence-immunity_SIMULATED-p53-restoration";
    /** The folder made in the working directory when none is given. */
    public static final String DEFAULT_FOLDER = "senescope-demo";

    private static final String NETWORK_BASE = "senescence-immunity";

    private DemoJob() {
    }

    /** A folder name in {@code parent} that does not exist yet: {@code senescope-demo}, else {@code -2}, {@code -3}... */
    public static Path newFolder(Path parent) {
        Path candidate = parent.resolve(DEFAULT_FOLDER);
        for (int i = 2; Files.exists(candidate); i++) {
            candidate = parent.resolve(DEFAULT_FOLDER + "-" + i);
        }
        return candidate;
    }

    /**
     * Makes the demo; writes nothing.
     *
     * @throws org.senescope.knowledge.CurationException when the bundled curation does not build (a broken jar)
     * @throws IOException                               when the jar's own resources cannot be read
     */
    public static DemoResult run(DemoRequest request) throws IOException {
        Network network = SenescenceImmunityNetwork.buildBundled();
        Path folder = request.directory();
        List<PlannedFile> files = new ArrayList<>();
        List<DemoResult.Content> contents = new ArrayList<>();
        for (OutputFile f : NetworkFiles.of(NetworkFormat.CX2, NETWORK_BASE)) {
            files.addAll(OutputFile.planAll(folder, List.of(f), network));
            contents.add(new DemoResult.Content(folder.resolve(f.fileName()), "the seed network for Cytoscape 3.10+ "
                    + "(File > Import > Network from File...)"));
        }
        List<FigureData.UnsavedTable> tables = tables(network, request);
        for (FigureData.UnsavedTable table : tables) {
            byte[] bytes = table.text().getBytes(StandardCharsets.UTF_8);
            files.add(new PlannedFile(table.file(), out -> out.write(bytes)));
            contents.add(new DemoResult.Content(table.file(), "SIMULATED DE table, " + table.condition()));
        }
        FigureOptions options = new FigureOptions(PhysicalLength.DOUBLE_COLUMN, FigureOptions.DEFAULT_DPI,
                ConditionDisplay.STRIPES, "Senescence–immunity network with a SIMULATED p53-restoration time course",
                SimulatedTimeCourse.DESCRIPTION, 3.0, LayoutChoice.PRESET);
        FigureData data = new FigureData.Tables(List.copyOf(tables), SpeciesChoice.MOUSE,
                "SIMULATED p53 restoration in mouse liver carcinoma", "log2 fold change (day N/day 0)");
        FigureRequest figure = new FigureRequest(new NetworkOrigin.Bundled(), data, List.of(), options,
                List.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF, FigureFormat.HTML), folder, FIGURE_BASE);
        FigureResult drawn = FigureJob.run(figure, network);
        files.addAll(drawn.files().files());
        for (Path p : drawn.files().paths()) {
            contents.add(new DemoResult.Content(p, describe(p.getFileName().toString())));
        }
        return new DemoResult(folder, contents, drawn.notes(), new OutputSet(folder, files));
    }

    /** One SIMULATED DE table per day, as the text of the file it becomes. */
    private static List<FigureData.UnsavedTable> tables(Network network, DemoRequest request) throws IOException {
        List<String> mouseGenes = network.nodes().stream().map(Node::mouseSymbols).flatMap(List::stream).toList();
        List<DeTable> generated = SimulatedTimeCourse.generate(mouseGenes, request.seed());
        List<FigureData.UnsavedTable> tables = new ArrayList<>();
        for (int i = 0; i < generated.size(); i++) {
            DeTable t = generated.get(i);
            Path file = request.directory().resolve(String.format(Locale.ROOT,
                    "SIMULATED_p53-restoration_day%d_vs_day0.tsv", SimulatedTimeCourse.DAYS.get(i)));
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            DeTableFile.write(t, List.of(SimulatedTimeCourse.DESCRIPTION + ".",
                    "Generated by Senescope " + SenescenceImmunityNetwork.version() + " (senescope demo), seed "
                            + request.seed() + "; " + t.rows().size() + " genes (network mouse genes and "
                            + SimulatedTimeCourse.BACKGROUND_GENES + " background genes Simgene001...).",
                    "condition: " + t.condition(),
                    "Columns: MGI mouse symbol, log2 fold change, two-sided p-value, Benjamini-Hochberg adjusted p."),
                    bytes);
            tables.add(new FigureData.UnsavedTable(file, t.condition(), bytes.toString(StandardCharsets.UTF_8)));
        }
        return tables;
    }

    private static String describe(String name) {
        if (name.endsWith(".png")) {
            return "figure, PNG, 180 mm at 300 dpi";
        }
        if (name.endsWith(".svg")) {
            return "figure, SVG (text as text)";
        }
        if (name.endsWith(".pdf")) {
            return "figure, PDF (fonts embedded)";
        }
        if (name.endsWith(".html")) {
            return "interactive page: open in a browser, click nodes and edges (works offline)";
        }
        if (name.endsWith(".mapping.tsv")) {
            return "mapping report: what became of every row of the tables";
        }
        if (name.endsWith(".recipe.json")) {
            return "recipe: remake with senescope figure --recipe " + name;
        }
        return "methods paragraph to paste into a paper";
    }
}
