package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.failure.BadRequestException;
import org.senescope.failure.SenescopeException;
import org.senescope.model.format.FigureFormat;
import org.senescope.workflow.ExistingFiles;
import org.senescope.workflow.FigureJob;
import org.senescope.workflow.FigureRequest;
import org.senescope.workflow.FigureResult;

/**
 * Writes the publication figure of a network view through the command line's figure job ({@link FigureJob}): the
 * nodes and edges the view shows, at the view's own positions, coloured by the expression data imported in this
 * session if there are any, with the in-figure legend, and beside it the recipe, the methods paragraph and, with
 * data, the mapping report. Works on any network: how the view is read is {@link FigureDrawing}'s. The files are
 * written as one set, whole or not at all; a task cancelled before writing writes nothing. Runs on Cytoscape's task
 * thread.
 */
public final class ExportFigureTask extends AbstractTask implements ObservableTask {

    static final String TITLE = "Export figure...";

    static final String COMMAND = "export figure";

    static final String EXAMPLE_JSON = """
            {"files": ["/home/me/figures/pathway.pdf", "/home/me/figures/pathway.svg",
              "/home/me/figures/pathway.mapping.tsv", "/home/me/figures/pathway.recipe.json",
              "/home/me/figures/pathway.methods.txt"],
             "mapping": {"network": "cytoscape", "geneColumn": "name",
              "genes": "node column 'name': HGNC symbol (human), 38 of 40 nodes name a gene", "geneNodes": 38,
              "otherNodes": 2, "otherNodeKind": "process", "edgeSignColumns": "interaction", "signedEdges": 12,
              "unsignedEdges": 51, "skippedEdges": 0, "layout": "view", "overlay": "liver.tsv", "measuredNodes": 35}}""";

    @Tunable(description = "Figure file", params = "input=false;fileCategory=image", required = true,
            longDescription = "Where to write the figure; its extension (pdf, svg, png or html) is the format. The "
                    + "other formats asked for are written beside it under the same name.",
            exampleStringValue = "/home/me/figures/senescence-immunity.pdf", gravity = 1.0)
    public @Nullable File file;

    @Tunable(description = "Also write, comma-separated: pdf, svg, png, html", gravity = 3.0,
            longDescription = "More formats to write beside the figure file, under its name: any of pdf, svg, png "
                    + "(300 dpi) and html (an interactive page).", exampleStringValue = "svg,png")
    public String formats = "";

    @Tunable(description = "Title drawn at the top", gravity = 4.0,
            longDescription = "A title drawn at the top of the figure; empty for none.",
            exampleStringValue = "Senescence and NK-cell immunity")
    public String title = "";

    @Tunable(description = "Replace files of the same names", gravity = 5.0,
            longDescription = "Replace files that already exist under the figure's name (the figure, recipe, methods "
                    + "and mapping report); without it an existing file is refused and nothing is written.",
            exampleStringValue = "false")
    public boolean overwrite;

    @Tunable(description = "Network", context = Tunable.NOGUI_CONTEXT,
            longDescription = "The network whose view is drawn: 'current' or 'SUID:<n>'.", exampleStringValue = "current")
    public String network = NetworkChoice.CURRENT;

    /** The command-line options the figure job's messages name, and this command's parameters for them. */
    static final Map<String, String> PARAMETERS = Map.of("--overwrite", "overwrite=true", "--title", "title",
            "--format", "formats");

    private final CytoscapeServices services;
    private final BundledData bundled;
    private final SessionOverlays overlays;
    private volatile @Nullable FigureResult written;
    private volatile @Nullable FigureDrawing drawing;

    ExportFigureTask(CytoscapeServices services, BundledData bundled, SessionOverlays overlays) {
        this.services = services;
        this.bundled = bundled;
        this.overlays = overlays;
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle("Export figure");
        try {
            export(monitor);
        } catch (SenescopeException e) {
            throw CommandFailure.told(e, PARAMETERS);
        } catch (FileSystemException e) {
            // An existing file: told, as the others, with the parameter that replaces it.
            FileSystemException told = new FileSystemException(e.getFile(), e.getOtherFile(),
                    CommandFailure.renamed(String.valueOf(e.getReason()), PARAMETERS));
            told.setStackTrace(new StackTraceElement[0]);
            throw told;
        }
    }

    private void export(TaskMonitor monitor) throws IOException {
        monitor.setStatusMessage("Reading the network and its view");
        Asked asked = ask();
        if (cancelled) {
            return;
        }
        if (asked.drawing().unseenColumns()) {
            monitor.showMessage(TaskMonitor.Level.WARN, "No data drawn: " + FigureDrawing.UNSEEN_COLUMNS);
        }
        monitor.setStatusMessage("Composing the figure");
        FigureResult figure = FigureJob.run(asked.request());
        if (cancelled) {
            return;
        }
        figure.warnings().forEach(w -> monitor.showMessage(TaskMonitor.Level.WARN, w));
        monitor.setStatusMessage("Writing " + figure.files().paths().size() + " file(s) to "
                + asked.request().directory());
        figure.files().write(overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE);
        drawing = asked.drawing();
        written = figure;
        monitor.setProgress(1.0);
        monitor.showMessage(TaskMonitor.Level.INFO, "Wrote " + String.join(", ",
                figure.files().paths().stream().map(Path::toString).toList()));
    }

    /**
     * The view as read and the figure job's request for it.
     *
     * @param drawing how the view was read
     * @param request what the job is asked to draw and write
     */
    record Asked(FigureDrawing drawing, FigureRequest request) {
    }

    /**
     * Reads the chosen network's view and turns the Tunables into the figure job's request; draws and writes nothing.
     *
     * @throws BadRequestException when no file is chosen, a format is unknown or the network has no view
     * @throws org.senescope.knowledge.CurationException when the bundled curation does not build
     */
    Asked ask() {
        File chosenFile = file;
        if (chosenFile == null) {
            throw new BadRequestException("file: choose where to write the figure");
        }
        Path folder = Objects.requireNonNull(chosenFile.toPath().toAbsolutePath().getParent(),
                "a file has a directory");
        String fileName = chosenFile.getName();
        int dot = fileName.lastIndexOf('.');
        String name = dot > 0 ? fileName.substring(0, dot) : fileName;
        List<FigureFormat> chosen = chosenFormats(dot > 0 ? fileName.substring(dot + 1) : "", fileName);
        CyNetwork target = services.networkChoice().resolve(network);
        CyNetworkView view = services.views().getNetworkViews(target).stream().findFirst()
                .orElseThrow(() -> new BadRequestException("The network has no view to draw: create one first"));
        FigureDrawing read = FigureDrawing.of(target, view, overlays.of(target.getSUID()), bundled);
        return new Asked(read, read.request(title.strip(), chosen, folder, name));
    }

    /** The format of the file's extension first, then the others asked for. */
    private List<FigureFormat> chosenFormats(String extension, String fileName) {
        List<FigureFormat> chosen = new ArrayList<>();
        chosen.add(FigureFormat.fromName(extension).orElseThrow(() -> new BadRequestException(
                "file: the name must end in .pdf, .svg, .png or .html, found '" + fileName + "'")));
        for (String item : formats.split(",", -1)) {
            if (item.isBlank()) {
                continue;
            }
            FigureFormat format = FigureFormat.fromName(item).orElseThrow(() -> new BadRequestException(
                    "formats: expected pdf, svg, png or html, found '" + item.strip() + "'"));
            if (!chosen.contains(format)) {
                chosen.add(format);
            }
        }
        return chosen;
    }

    /** What the last run made and wrote; empty before a run finished writing. */
    Optional<FigureResult> result() {
        return Optional.ofNullable(written);
    }

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /** The files written, as lines of text or as {@link JSONResult}; {@code null} (Cytoscape's convention) otherwise. */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        FigureResult figure = written;
        FigureDrawing mapping = drawing;
        if (figure == null || mapping == null) {
            return null;
        }
        List<Path> files = figure.files().paths();
        JSONResult json = () -> JsonText.of(g -> {
            g.writeStartObject();
            g.writeArrayFieldStart("files");
            for (Path file : files) {
                g.writeString(file.toString());
            }
            g.writeEndArray();
            mapping.writeMapping(g, figure);
            g.writeEndObject();
        });
        return TaskResults.as(type, () -> String.join("\n", files.stream().map(Path::toString).toList()), json);
    }

    /** The service properties that make the task's factory a menu item and a command. */
    static Properties properties() {
        Properties p = TaskProperties.menu(ExportFigureTask.TITLE, 3.0, "networkAndView",
                "Writes the publication figure of the current view, with its legend, recipe and methods text");
        p.putAll(TaskProperties.command(COMMAND, "Write the publication figure of a network view",
                "Draws the network view with the same renderer as the command line's senescope figure: the nodes and "
                        + "edges the view shows, at the view's own positions, coloured by the expression data "
                        + "imported with senescope overlay in this session if any, with the in-figure legend. Any "
                        + "network works: one Senescope did not build is drawn from its tables, nodes whose "
                        + "identifiers name a gene as genes, others as plain rectangles, edges signed only where "
                        + "their sign or interaction column says activates or inhibits. Writes PDF, SVG, PNG (300 "
                        + "dpi) or an interactive HTML page, and beside them, as on the command line, the recipe "
                        + "(NAME.recipe.json), the methods paragraph (NAME.methods.txt) and, with data, the mapping "
                        + "report (NAME.mapping.tsv); all files whole or none. Returns the files written and how the "
                        + "network was read (mapping).",
                EXAMPLE_JSON));
        return p;
    }
}
