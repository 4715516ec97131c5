package org.senescope.overlay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

import org.senescope.failure.InputFormatException;
import org.senescope.export.OverlayLayer;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.NodeRecord;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.RowRecords;

/**
 * Lays users' tables over the network: for each table the value columns and the identifier column are found (or
 * taken as named), each row's identifier is mapped to nodes, several rows per node are resolved by the
 * {@link DuplicateRule}, and every row is accounted for in the {@link MappingReport}. Several tables (contrasts, time
 * points) give one condition each, or one per value column. Reads the tables only. Safe to share between threads.
 */
public final class OverlayMapper {

    private final Network network;
    private final GeneReference genes;
    private final NetworkGenes networkGenes;
    private final IdentifierMapper mapper;

    public OverlayMapper(Network network, GeneReference genes) {
        this.network = Objects.requireNonNull(network, "network");
        this.genes = Objects.requireNonNull(genes, "genes");
        this.networkGenes = new NetworkGenes(network);
        this.mapper = new IdentifierMapper(genes, networkGenes);
    }

    /**
     * Maps {@code tables} (at least one), held in memory, onto the network.
     *
     * @throws InputFormatException when a table has no usable identifier or value column, a named column is missing,
     *                              a value cell is text, or no identifier reaches the network; the message names file,
     *                              line and column
     */
    public MappedOverlay map(List<InputTable> tables, OverlayOptions options) throws InputFormatException {
        try {
            return mapSources(tables.stream().map(OverlaySource::of).toList(), options);
        } catch (IOException e) {
            // Rows held in memory are handed out without I/O.
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Maps {@code sources} (at least one) onto the network: columns and identifiers are detected from each one's
     * first rows, then all its rows are read; the report's rows are read again when it is written.
     *
     * @throws InputFormatException as {@link #map} does, or when a table's text is bad
     * @throws IOException          when a table cannot be read
     */
    public MappedOverlay mapSources(List<OverlaySource> sources, OverlayOptions options) throws IOException {
        if (sources.isEmpty()) {
            throw new IllegalArgumentException("no input tables");
        }
        List<TableMapping> inputs = new ArrayList<>();
        for (OverlaySource source : sources) {
            inputs.add(mapOne(source, options));
        }
        return OverlaySummaries.result(network, merge(inputs), report(inputs, options), options.significanceThreshold(),
                options.colourRange());
    }

    private TableMapping mapOne(OverlaySource source, OverlayOptions options) throws IOException {
        InputTable sample = source.sample();
        ValueColumns roles = ValueColumnDetector.detect(sample, options.valueColumns(), options.adjustedPColumn(),
                options.idColumn(), conditionName(sample.source()));
        IdentifierColumn idColumn = IdentifierColumnChooser.choose(sample, roles, options, genes, mapper);
        TableMapping mapped = TableMapping.read(new TableMapping.TableShape(sample.source(), sample.columns(),
                sample.decimalMark(), roles, idColumn, ExpressionColumns.of(sample, roles, options.expression())),
                mapper, source, options.duplicates(),
                id -> network.node(id).orElseThrow());
        if (mapped.noneMapped()) {
            IdentifierColumnChooser.requireMatches(sample, idColumn,
                    IdentifierColumnChooser.reach(sample, idColumn, mapper), genes);
        }
        return mapped;
    }

    private Overlay merge(List<TableMapping> inputs) {
        List<String> conditions = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        for (TableMapping input : inputs) {
            for (String condition : input.shape().roles().conditions()) {
                String unique = condition;
                for (int n = 2; clashes(conditions, unique); n++) {
                    unique = condition + " (" + n + ")";
                }
                conditions.add(unique);
            }
            labels.add(input.shape().roles().valueLabel());
            titles.add(Path.of(input.shape().source()).getFileName().toString());
        }
        List<NodeOverlay> nodes = new ArrayList<>();
        for (Node node : network.nodes()) {
            List<Measurement> measurements = new ArrayList<>();
            Set<String> identifiers = new LinkedHashSet<>();
            Set<String> routes = new LinkedHashSet<>();
            List<Map<String, NodeMembers.Member>> members = new ArrayList<>();
            for (TableMapping input : inputs) {
                DuplicateResolver.Resolved res = input.nodes().get(node.id());
                members.add(input.members().getOrDefault(node.id(), Map.of()));
                if (res == null) {
                    input.shape().roles().conditions().forEach(c -> measurements.add(Measurement.MISSING));
                } else {
                    measurements.addAll(res.measurements());
                    identifiers.add(res.identifier());
                    routes.add(res.route());
                }
            }
            if (!identifiers.isEmpty()) {
                nodes.add(new NodeOverlay(node.id(), measurements, String.join("; ", identifiers),
                        String.join("; ", routes), NodeMembers.merge(node, members,
                                inputs.stream().map(i -> i.shape().roles().values().size()).toList())));
            }
        }
        return new Overlay(String.join(", ", titles), String.join(" / ", labels), conditions, nodes);
    }

    /** Conditions become node columns, so they must differ as column names too ("COLO 205" and "COLO_205" do not). */
    private static boolean clashes(List<String> conditions, String candidate) {
        String column = OverlayLayer.conditionColumn(candidate);
        return conditions.stream().anyMatch(c -> OverlayLayer.conditionColumn(c).equals(column));
    }

    private MappingReport report(List<TableMapping> inputs, OverlayOptions options) {
        List<String> lines = new ArrayList<>();
        List<IdentifierColumn> columns = new ArrayList<>();
        List<RowRecords> rows = new ArrayList<>();
        List<String> expression = new ArrayList<>();
        int repaired = 0;
        for (TableMapping input : inputs) {
            TableMapping.TableShape shape = input.shape();
            lines.add(String.format(Locale.ROOT, "%s: %s, %,d rows; values: %s", shape.source(),
                    shape.roles().format(), input.rowCount(), String.join(", ",
                            shape.roles().values().stream().map(i -> shape.columns().get(i)).toList())));
            if (!shape.expression().columns().isEmpty()) {
                expression.add(Path.of(shape.source()).getFileName() + ": " + shape.expression().description()
                        + " at least " + shape.expression().threshold());
            }
            columns.add(shape.idColumn());
            rows.add(input.records());
            repaired += input.excelRepaired();
        }
        List<NodeRecord> nodes = new ArrayList<>();
        for (Node node : networkGenes.geneNodes()) {
            int count = 0;
            Set<String> ids = new LinkedHashSet<>();
            Set<String> routes = new LinkedHashSet<>();
            Set<String> membersBelow = new LinkedHashSet<>();
            boolean expressed = true;
            for (TableMapping input : inputs) {
                count += input.rowsPerNode().getOrDefault(node.id(), 0);
                DuplicateResolver.Resolved res = input.nodes().get(node.id());
                if (res != null) {
                    ids.add(res.identifier());
                    routes.add(res.route());
                    expressed &= res.measurements().stream().noneMatch(Measurement::notExpressed);
                }
                input.members().getOrDefault(node.id(), Map.of()).values().stream()
                        .filter(m -> m.resolved().measurements().stream().anyMatch(Measurement::notExpressed))
                        .forEach(m -> membersBelow.add(m.symbol()));
            }
            nodes.add(new NodeRecord(node.id(), node.label(), count, String.join("; ", ids),
                    String.join("; ", routes), expressed, List.copyOf(membersBelow)));
        }
        return new MappingReport(lines, columns, RowRecords.concat(rows), nodes, options.duplicates(), repaired,
                expression);
    }

    /** The file's name without folders, {@code .gz} and its extension: the condition a one-value table gives. */
    static String conditionName(String source) {
        String name = Path.of(source).getFileName().toString();
        if (name.toLowerCase(Locale.ROOT).endsWith(".gz")) {
            name = name.substring(0, name.length() - 3);
        }
        int dot = name.lastIndexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
