package org.senescope.workflow;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;

import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.SpeciesChoice;
import org.senescope.model.table.NetworkTables;
import org.senescope.output.PlannedFile;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.InputTableReader;
import org.senescope.overlay.OverlaySource;
import org.senescope.overlay.OverlayMapper;
import org.senescope.overlay.OverlayTableWriter;
import org.senescope.overlay.ValueColumnDetector;
import org.senescope.overlay.ValueColumns;
import org.senescope.read.table.TableOptions;

/**
 * The overlay job: reads a user's tables (or a matrix with sample groups, as a limma contrast or group means), maps
 * their identifiers onto the network's genes with a report that accounts for every row, and lays out the overlaid
 * network in the chosen formats with the overlay's own tables ({@code BASE.overlay.tsv}, {@code .mapping-report.tsv},
 * {@code .modules.tsv}, {@code .edge-consistency.tsv}, and with a contrast {@code .contrast.tsv}), one output set.
 * {@code senescope overlay} and Apps &gt; Senescope &gt; Import expression data run it. Thread-safe when the
 * suppliers are.
 */
public final class OverlayJob {

    private final Supplier<Network> bundledNetwork;
    private final Supplier<GeneReference> genes;

    /** A job that builds the bundled network and reads the bundled gene tables afresh when asked for them. */
    public OverlayJob() {
        this(SenescenceImmunityNetwork::buildBundled, SenescenceImmunityNetwork::bundledGenes);
    }

    /** A job that takes the bundled network and gene tables from the suppliers, which may keep them. */
    public OverlayJob(Supplier<Network> bundledNetwork, Supplier<GeneReference> genes) {
        this.bundledNetwork = Objects.requireNonNull(bundledNetwork, "bundledNetwork");
        this.genes = Objects.requireNonNull(genes, "genes");
    }

    /**
     * Maps the data and plans the files.
     *
     * @throws InputFormatException when a file is malformed, a named column is missing, no identifier reaches the
     *                              network, or the groups do not describe the matrix: the message names file, line
     *                              and column
     * @throws org.senescope.failure.BadRequestException when a contrast names no two groups, or the groups were
     *                              asked for in a way their file cannot answer
     * @throws IOException          when a file cannot be read
     */
    public OverlayResult run(OverlayRequest request) throws IOException {
        Network network = network(request.network());
        OverlayOptions options = request.options();
        OverlayMapper mapper = new OverlayMapper(network, genes.get());
        List<String> notes = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        MappedOverlay mapped;
        String topTable = "";
        if (request.input() instanceof OverlayRequest.GroupedMatrix matrix) {
            GroupedValues grouped = GroupedInput.of(matrix, notes, warnings);
            mapped = RelabelledOverlay.of(network, mapper.map(List.of(grouped.table()), options),
                    grouped.conditions(), grouped.valueLabel(), grouped.description(), options);
            topTable = grouped.topTable();
        } else {
            List<OverlaySource> tables = new ArrayList<>();
            for (Path file : ((OverlayRequest.Tables) request.input()).files()) {
                tables.add(InputTableReader.open(file, TableOptions.defaults()));
            }
            mapped = mapper.mapSources(tables, options);
        }
        notes.addAll(OverlayNotes.of(mapped));
        NetworkTables plain = ExportJob.tables(network, NetworkLayer.PLAIN);
        NetworkTables overlaid = ExportJob.tables(network, new NetworkLayer.Overlaid(mapped));
        NetworkTables added = new NetworkTables(overlaid.network().columnsNotIn(plain.network()),
                overlaid.nodes().columnsNotIn(plain.nodes()), overlaid.edges().columnsNotIn(plain.edges()));
        OutputSet files = request.output() instanceof FileOutput.Folder folder
                ? files(network, mapped, topTable, folder).reading(request.inputs()) : new OutputSet(Path.of("."), List.of());
        return new OverlayResult(mapped, plain, added, notes, warnings, files);
    }

    private static OutputSet files(Network network, MappedOverlay mapped, String topTable, FileOutput.Folder folder) {
        List<PlannedFile> files = new ArrayList<>(ExportJob.run(new ExportRequest(network,
                new NetworkLayer.Overlaid(mapped), folder)).files().files());
        files.add(new PlannedFile(folder.file(".overlay.tsv"), o -> OverlayTableWriter.writeNodes(network, mapped, o)));
        files.add(new PlannedFile(folder.file(".mapping-report.tsv"),
                o -> OverlayTableWriter.writeReport(mapped.report(), o)));
        files.add(new PlannedFile(folder.file(".modules.tsv"), o -> OverlayTableWriter.writeModules(mapped, o)));
        files.add(new PlannedFile(folder.file(".edge-consistency.tsv"), o -> OverlayTableWriter.writeEdges(mapped, o)));
        if (!topTable.isEmpty()) {
            byte[] top = topTable.getBytes(StandardCharsets.UTF_8);
            files.add(new PlannedFile(folder.file(".contrast.tsv"), o -> o.write(top)));
        }
        return new OutputSet(folder.directory(), files);
    }

    /**
     * What an overlay of {@code file} onto {@code target} would use, detected as {@link #run} detects it; where
     * detection fails the first columns stand in and the result says why.
     *
     * @throws InputFormatException when the file is not a readable table
     * @throws IOException          when it cannot be read
     */
    public DetectedColumns detect(Path file, OverlayRequest.Target target) throws IOException {
        InputTable table = InputTableReader.open(file, TableOptions.defaults()).sample();
        List<String> columns = table.columns();
        List<String> problems = new ArrayList<>();
        List<String> values = List.of();
        List<String> padj = List.of();
        try {
            ValueColumns roles = ValueColumnDetector.detect(table, List.of(), ColumnChoice.DETECT,
                    ColumnChoice.DETECT, "values");
            values = roles.values().stream().map(columns::get).toList();
            padj = roles.adjustedP() < 0 ? List.of() : List.of(columns.get(roles.adjustedP()));
        } catch (InputFormatException e) {
            problems.add(e.getMessage());
        }
        String idColumn = columns.get(0);
        SpeciesChoice species = SpeciesChoice.AUTO;
        if (problems.isEmpty()) {
            Optional<IdentifierColumn> id = identifierColumn(table, network(target));
            if (id.isPresent()) {
                idColumn = id.get().name();
                species = SpeciesChoice.fromOptionName(id.get().kind().species().label()).orElse(SpeciesChoice.AUTO);
            } else {
                problems.add("no identifier column of the file reaches the network's genes");
            }
        }
        if (values.isEmpty()) {
            values = List.of(columns.get(columns.size() > 1 ? 1 : 0));
        }
        return new DetectedColumns(columns, idColumn, species, values, padj, problems);
    }

    /** The identifier column the overlay would choose, found by mapping the table once. */
    private Optional<IdentifierColumn> identifierColumn(InputTable table, Network network) {
        try {
            return new OverlayMapper(network, genes.get()).map(List.of(table), OverlayOptions.defaults())
                    .report().columns().stream().findFirst();
        } catch (InputFormatException e) {
            return Optional.empty();
        }
    }

    private Network network(OverlayRequest.Target target) {
        return target instanceof OverlayRequest.Given given ? given.network() : bundledNetwork.get();
    }
}
