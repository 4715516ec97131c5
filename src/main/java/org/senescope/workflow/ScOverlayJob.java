package org.senescope.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;

import org.senescope.analysis.singlecell.CellColumns;
import org.senescope.analysis.singlecell.CellTypeExpression;
import org.senescope.analysis.singlecell.LogNormalised;
import org.senescope.analysis.singlecell.MatrixColumns;
import org.senescope.export.CellTypeAttributes;
import org.senescope.export.PseudobulkAttributes;
import org.senescope.export.TableExtension;
import org.senescope.export.files.NetworkFiles;
import org.senescope.export.files.OutputFile;
import org.senescope.failure.BadDataException;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.cell.ValueKind;
import org.senescope.model.format.NetworkFormat;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.format.FigureFormat;
import org.senescope.output.PlannedFile;
import org.senescope.overlay.OverlayTableWriter;
import org.senescope.render.CellTypeDots;
import org.senescope.render.FigureScene;
import org.senescope.render.files.FigureExport;

/**
 * Cell types on the network ({@code senescope sc-overlay}): reads the single-cell data and the cells' types, computes
 * per gene and cell type the fraction of cells expressing it (a value above 0) and the mean log-normalised expression
 * in one pass over the cells ({@link CellTypeExpression}: memory genes × types), maps the genes onto the bundled
 * network as {@code senescope overlay} maps them ({@link CellTypeNetwork}), and plans the network in CX2, XGMML (with
 * its Style XML), GraphML and cyjs with the {@link CellTypeAttributes} node columns (and with the pseudobulk contrast
 * its {@link PseudobulkAttributes}), the network figure with a
 * dot strip of cell-type expression under each measured gene node (and its interactive page; the caption as
 * {@value #FIGURE}{@code .caption.txt} when the page fit leaves it out of the figure, {@link FigureCaptionFile}),
 * {@value CellTypeNetwork#TABLE}, the overlay's mapping report (the known genes no node names counted, every other
 * row listed) and {@value #SETTINGS}, one output set. Nothing is written here. Thread-safe when the suppliers are.
 */
public final class ScOverlayJob {

    /** The settings table's file name. */
    static final String SETTINGS = "sc-overlay-settings.tsv";
    /** The base name of the figure's files. */
    static final String FIGURE = "cell-type-expression";
    /** The base name of the network files and the mapping report. */
    static final String BASE_NAME = "senescence-immunity";
    /**
     * The mapping report's rows counted, not listed: the known genes that no node names, most of a transcriptome.
     * Every other row (used, duplicate, unrecognised, ambiguous, Excel-damaged) is listed, so nothing is lost silently.
     */
    private static final Set<RowOutcome> COUNTED = Set.of(RowOutcome.NOT_ON_NETWORK);
    private static final List<NetworkFormat> FORMATS = List.of(NetworkFormat.CX2, NetworkFormat.XGMML,
            NetworkFormat.GRAPHML, NetworkFormat.CYJS);

    private final Supplier<Network> bundledNetwork;
    private final Supplier<GeneReference> genes;

    /** A job that builds the bundled network and reads the bundled gene tables afresh when asked for them. */
    public ScOverlayJob() {
        this(SenescenceImmunityNetwork::buildBundled, SenescenceImmunityNetwork::bundledGenes);
    }

    /** A job that takes the bundled network and gene tables from the suppliers, which may keep them. */
    public ScOverlayJob(Supplier<Network> bundledNetwork, Supplier<GeneReference> genes) {
        this.bundledNetwork = Objects.requireNonNull(bundledNetwork, "bundledNetwork");
        this.genes = Objects.requireNonNull(genes, "genes");
    }

    /**
     * Computes the cell-type expression of the network's genes and plans the files.
     *
     * @throws org.senescope.failure.InputFormatException naming file and place of bad content in the data or the
     *                                                    cell types, or when no gene of the data reaches the network
     * @throws BadDataException                           when no cell has a cell type (barcodes that do not match),
     *                                                    or the values are neither counts nor log-normalised
     * @throws org.senescope.failure.BadRequestException  when the cell-type column is missing or an option does not
     *                                                    fit the data
     * @throws IOException                                when a file cannot be read
     */
    public ScOverlayResult run(ScOverlayRequest request) throws IOException {
        CellData data = CellData.read(request.data());
        CellLabels labels = ScScoreJob.labels(request.cellTypes(), data);
        ValueKind kind = data.matrix().kind();
        String meanNote = meanNote(kind, data.name());
        CellColumns cells = new MatrixColumns(data.matrix());
        CellTypeExpression expression = CellTypeExpression.of(kind == ValueKind.COUNTS
                ? LogNormalised.seurat(cells) : cells, labels.groups(), labels.groupOf());
        Network network = bundledNetwork.get();
        CellTypeNetwork onNetwork = CellTypeNetwork.of(network, genes.get(), expression, data.name(),
                labels.column(), request.minFraction(), meanNote);
        List<String> notes = new ArrayList<>();
        notes.add(labels.note());
        notes.add("values of " + data.name() + ": " + kind.description() + "; " + meanNote);
        notes.addAll(onNetwork.mapped().report().summary());
        Map<String, String> settings = settings(request, data, meanNote, labels);
        Path out = request.directory();
        List<PlannedFile> files = new ArrayList<>();
        byte[] table = onNetwork.table();
        files.add(new PlannedFile(out.resolve(CellTypeNetwork.TABLE), o -> o.write(table)));
        files.add(new PlannedFile(out.resolve(BASE_NAME + ".mapping-report.tsv"),
                o -> OverlayTableWriter.writeReport(onNetwork.mapped().report(), COUNTED, o)));
        List<String> summary = new ArrayList<>(List.of(String.format(Locale.ROOT, "%d gene nodes measured, in %d "
                + "cell types of %s", onNetwork.nodes().byNode().size(), labels.groups().size(), labels.column())));
        FigureScene scene;
        TableExtension columns = new CellTypeAttributes(onNetwork.nodes());
        if (request.pseudobulk() instanceof ScOverlayRequest.Contrast contrast) {
            ScOverlayDe de = ScOverlayDe.of(request, contrast, data, network, genes.get());
            de.notes().stream().filter(n -> !notes.contains(n)).forEach(notes::add);
            summary.addAll(de.summary());
            files.addAll(de.files());
            settings.put("pseudobulk", de.overlay().conditions().get(0) + ": samples from " + contrast.sampleColumn()
                    + ", conditions from " + contrast.conditions().column());
            scene = CellTypeDots.figure(network, de.overlay(), onNetwork.nodes(), figureOptions(data.name()
                    + "; node colour: pseudobulk " + de.overlay().conditions().get(0)));
            TableExtension cellTypes = columns;
            PseudobulkAttributes contrastColumns = new PseudobulkAttributes(de.overlay());
            columns = (tables, n) -> contrastColumns.addTo(cellTypes.addTo(tables, n), n);
        } else {
            scene = CellTypeDots.figure(network, onNetwork.nodes(), figureOptions(data.name()));
        }
        files.addAll(0, networkFiles(out, columns, network));
        files.addAll(FigureExport.plan(scene, List.of(FigureFormat.PNG, FigureFormat.SVG, FigureFormat.PDF,
                FigureFormat.HTML), out, FIGURE));
        files.addAll(FigureCaptionFile.plan(scene, out, FIGURE));
        byte[] settingsTable = GeneSetTables.settingsTable(settings).getBytes(StandardCharsets.UTF_8);
        files.add(new PlannedFile(out.resolve(SETTINGS), o -> o.write(settingsTable)));
        List<Path> inputs = new ArrayList<>(data.files());
        inputs.addAll(request.inputs());
        return new ScOverlayResult(onNetwork.nodes(), columns, notes, summary, new OutputSet(out, files).reading(inputs));
    }

    /** The settings table's rows before the pseudobulk's. */
    private static Map<String, String> settings(ScOverlayRequest request, CellData data, String meanNote,
                                                CellLabels labels) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("data", request.data().data() + " (" + data.format().phrase() + ", " + data.matrix().genes()
                + " genes x " + data.matrix().cells() + " cells)");
        settings.put("values", data.matrix().kind().description());
        settings.put("detected", "a cell expresses a gene when its value is above 0 (a count of at least 1)");
        settings.put("mean", meanNote);
        settings.put("cell_types", labels.note());
        settings.put("min_fraction", Double.toString(request.minFraction()));
        return settings;
    }

    /** The network in {@link #FORMATS}, its tables carrying {@code columns} after the network's own. */
    private static List<PlannedFile> networkFiles(Path out, TableExtension columns, Network network) {
        List<OutputFile> networkFiles = new ArrayList<>();
        FORMATS.forEach(f -> networkFiles.addAll(NetworkFiles.of(f, BASE_NAME, columns)));
        return OutputFile.planAll(out, networkFiles, network);
    }

    /**
     * The network figure's options: double-column wide, the curated layout, titled with {@code subject}. The figure
     * has each measured gene node's dot strip of cell-type expression ({@link CellTypeDots}), and is written as
     * {@value #FIGURE}{@code .png} (300 dpi), {@code .svg} and {@code .pdf} and the interactive page
     * {@value #FIGURE}{@code .html}, whose side panel lists a gene node's values per type.
     */
    private static FigureOptions figureOptions(String subject) {
        return FigureOptions.defaults("Expression of the network's genes by cell type in " + subject, "");
    }

    /**
     * What the mean is, in one line.
     *
     * @throws BadDataException for values neither counts nor log-normalised
     */
    static String meanNote(ValueKind kind, String name) {
        return switch (kind) {
            case COUNTS -> "mean of the counts log-normalised as Seurat's NormalizeData does (log1p(count / cell "
                    + "total x 10,000)), zeros included";
            case LOG_NORMALISED -> "mean of the values as given, taken to be log-normalised already, zeros included";
            case OTHER -> throw new BadDataException(name + " holds " + kind.description() + "; sc-overlay needs "
                    + "counts or log-normalised values: choose another matrix (--raw, --layer)");
        };
    }
}
