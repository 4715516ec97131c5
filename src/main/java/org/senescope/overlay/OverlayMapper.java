package org.senescope.overlay;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senescope.read.NumberCells;
import org.senescope.failure.InputFormatException;
import org.senescope.export.OverlayLayer;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.RowRecord;
import org.senescope.model.overlay.NodeRecord;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;

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

    /** The per-table result, before tables are merged. */
    private record MappedInput(InputTable table, ValueColumns roles, IdentifierColumn idColumn, List<RowRecord> rows,
                               Map<String, DuplicateResolver.Resolved> nodes, Map<String, Integer> rowsPerNode,
                               Map<String, Map<String, NodeMembers.Member>> members, int excelRepaired) {
    }

    /**
     * Maps {@code tables} (at least one) onto the network.
     *
     * @throws InputFormatException when a table has no usable identifier or value column, a named column is missing,
     *                              a value cell is text, or no identifier reaches the network; the message names file,
     *                              line and column
     */
    public MappedOverlay map(List<InputTable> tables, OverlayOptions options) throws InputFormatException {
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no input tables");
        }
        List<MappedInput> inputs = new ArrayList<>();
        for (InputTable table : tables) {
            inputs.add(mapOne(table, options));
        }
        return OverlaySummaries.result(network, merge(inputs), report(inputs, options), options.significanceThreshold(),
                options.colourRange());
    }

    private MappedInput mapOne(InputTable table, OverlayOptions options) throws InputFormatException {
        ValueColumns roles = ValueColumnDetector.detect(table, options.valueColumns(), options.adjustedPColumn(),
                options.idColumn(), conditionName(table.source()));
        IdentifierColumn idColumn = IdentifierColumnChooser.choose(table, roles, options, genes, mapper);
        List<RowRecord> records = new ArrayList<>(table.rowCount());
        List<MappedRow> mapped = new ArrayList<>();
        Map<String, IdentifierMatch> matches = new HashMap<>();
        String values = roles.values().stream().map(i -> table.columns().get(i)).collect(Collectors.joining(", "));
        int repaired = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String id = table.cell(r, idColumn.index()).strip();
            long line = table.line(r);
            if (IdentifierDetector.isMissing(id)) {
                records.add(new RowRecord(table.source(), line, id, RowOutcome.NO_IDENTIFIER, List.of(),
                        "the identifier cell is empty or NA"));
                continue;
            }
            NumberCells.Kind best = RowCells.bestValue(table, r, roles);
            if (best != NumberCells.Kind.NUMBER) {
                boolean infinite = best == NumberCells.Kind.INFINITE;
                records.add(new RowRecord(table.source(), line, id, infinite ? RowOutcome.NOT_FINITE
                        : RowOutcome.NO_VALUE, List.of(), (infinite ? "no finite value in " : "no value in ") + values));
                continue;
            }
            IdentifierMatch match = matches.computeIfAbsent(id, k -> mapper.map(k, idColumn.kind()));
            if (match.repairedExcelName()) {
                repaired++;
            }
            if (match.outcome() != RowOutcome.USED) {
                records.add(new RowRecord(table.source(), line, id, match.outcome(), List.of(), match.route()));
                continue;
            }
            mapped.add(numbers(table, r, id, roles, match));
            records.add(null);
        }
        if (mapped.isEmpty()) {
            IdentifierColumnChooser.requireMatches(table, idColumn,
                    IdentifierColumnChooser.reach(table, idColumn, mapper), genes);
        }
        Map<String, List<MappedRow>> byNode = new LinkedHashMap<>();
        for (MappedRow row : mapped) {
            for (Node node : row.match().nodes()) {
                byNode.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(row);
            }
        }
        Resolution r = resolve(byNode, roles.values().size(), options.duplicates());
        for (MappedRow row : mapped) {
            records.set(row.row(), settled(table.source(), row, r.nodes(), r.memberRows(), options.duplicates()));
        }
        return new MappedInput(table, roles, idColumn, records, r.nodes(), r.rowsPerNode(), r.members(), repaired);
    }

    /** One table's rows per node after the duplicate rule: node values, member values, and the rows they took. */
    private record Resolution(Map<String, DuplicateResolver.Resolved> nodes, Map<String, Integer> rowsPerNode,
                              Map<String, Map<String, NodeMembers.Member>> members, Set<MappedRow> memberRows) {
    }

    private Resolution resolve(Map<String, List<MappedRow>> byNode, int conditions, DuplicateRule rule) {
        Resolution r = new Resolution(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new HashSet<>());
        for (Map.Entry<String, List<MappedRow>> e : byNode.entrySet()) {
            r.nodes().put(e.getKey(), DuplicateResolver.resolve(e.getValue(), conditions, rule));
            r.rowsPerNode().put(e.getKey(), e.getValue().size());
            Map<String, NodeMembers.Member> ofNode = new LinkedHashMap<>();
            for (NodeMembers.Member m : NodeMembers.of(network.node(e.getKey()).orElseThrow(), e.getValue(),
                    conditions, rule)) {
                ofNode.put(m.symbol(), m);
                r.memberRows().addAll(m.resolved().chosen());
            }
            r.members().put(e.getKey(), ofNode);
        }
        return r;
    }

    /**
     * The report record of a row that reached nodes: used if any node or any member of a family or complex took it,
     * else set aside by the rule.
     */
    private static RowRecord settled(String source, MappedRow row, Map<String, DuplicateResolver.Resolved> resolved,
                                     Set<MappedRow> memberRows, DuplicateRule rule) {
        List<String> nodeIds = row.match().nodes().stream().map(Node::id).toList();
        // Every node a mapped row reached was resolved.
        Function<String, Set<MappedRow>> chosen = n -> Objects.requireNonNull(resolved.get(n), n).chosen();
        if (memberRows.contains(row) || nodeIds.stream().anyMatch(n -> chosen.apply(n).contains(row))) {
            return new RowRecord(source, row.line(), row.identifier(), RowOutcome.USED, nodeIds, row.match().route());
        }
        String taken = nodeIds.stream().flatMap(n -> chosen.apply(n).stream())
                .map(r -> "line " + r.line()).distinct().collect(Collectors.joining(", "));
        return new RowRecord(source, row.line(), row.identifier(), RowOutcome.NOT_CHOSEN, nodeIds,
                row.match().route() + "; node " + String.join(" and ", nodeIds) + " took " + taken + " (rule "
                        + rule.optionName() + ")");
    }

    /** Only the few rows that reach nodes need their numbers converted; the others were checked by hasValue. */
    private static MappedRow numbers(InputTable table, int r, String id, ValueColumns roles, IdentifierMatch match)
            throws InputFormatException {
        double[] values = new double[roles.values().size()];
        for (int c = 0; c < values.length; c++) {
            values[c] = RowCells.number(table, r, roles.values().get(c));
        }
        double p = roles.pValue() < 0 ? Double.NaN : RowCells.number(table, r, roles.pValue());
        double padj = roles.adjustedP() < 0 ? Double.NaN : RowCells.number(table, r, roles.adjustedP());
        return new MappedRow(r, table.line(r), id, values, p, padj, match);
    }

    private Overlay merge(List<MappedInput> inputs) {
        List<String> conditions = new ArrayList<>();
        Set<String> labels = new LinkedHashSet<>();
        Set<String> titles = new LinkedHashSet<>();
        for (MappedInput input : inputs) {
            for (String condition : input.roles().conditions()) {
                String unique = condition;
                for (int n = 2; clashes(conditions, unique); n++) {
                    unique = condition + " (" + n + ")";
                }
                conditions.add(unique);
            }
            labels.add(input.roles().valueLabel());
            titles.add(Path.of(input.table().source()).getFileName().toString());
        }
        List<NodeOverlay> nodes = new ArrayList<>();
        for (Node node : network.nodes()) {
            List<Measurement> measurements = new ArrayList<>();
            Set<String> identifiers = new LinkedHashSet<>();
            Set<String> routes = new LinkedHashSet<>();
            List<Map<String, NodeMembers.Member>> members = new ArrayList<>();
            for (MappedInput input : inputs) {
                DuplicateResolver.Resolved res = input.nodes().get(node.id());
                members.add(input.members().getOrDefault(node.id(), Map.of()));
                if (res == null) {
                    input.roles().conditions().forEach(c -> measurements.add(Measurement.MISSING));
                } else {
                    measurements.addAll(res.measurements());
                    identifiers.add(res.identifier());
                    routes.add(res.route());
                }
            }
            if (!identifiers.isEmpty()) {
                nodes.add(new NodeOverlay(node.id(), measurements, String.join("; ", identifiers),
                        String.join("; ", routes), NodeMembers.merge(node, members,
                                inputs.stream().map(i -> i.roles().values().size()).toList())));
            }
        }
        return new Overlay(String.join(", ", titles), String.join(" / ", labels), conditions, nodes);
    }

    /** Conditions become node columns, so they must differ as column names too ("COLO 205" and "COLO_205" do not). */
    private static boolean clashes(List<String> conditions, String candidate) {
        String column = OverlayLayer.conditionColumn(candidate);
        return conditions.stream().anyMatch(c -> OverlayLayer.conditionColumn(c).equals(column));
    }

    private MappingReport report(List<MappedInput> inputs, OverlayOptions options) {
        List<String> lines = new ArrayList<>();
        List<IdentifierColumn> columns = new ArrayList<>();
        List<RowRecord> rows = new ArrayList<>();
        int repaired = 0;
        for (MappedInput input : inputs) {
            lines.add(String.format(Locale.ROOT, "%s: %s, %,d rows; values: %s", input.table().source(),
                    input.roles().format(), input.table().rowCount(), String.join(", ",
                            input.roles().values().stream().map(i -> input.table().columns().get(i)).toList())));
            columns.add(input.idColumn());
            rows.addAll(input.rows());
            repaired += input.excelRepaired();
        }
        List<NodeRecord> nodes = new ArrayList<>();
        for (Node node : networkGenes.geneNodes()) {
            int count = 0;
            Set<String> ids = new LinkedHashSet<>();
            Set<String> routes = new LinkedHashSet<>();
            for (MappedInput input : inputs) {
                count += input.rowsPerNode().getOrDefault(node.id(), 0);
                DuplicateResolver.Resolved res = input.nodes().get(node.id());
                if (res != null) {
                    ids.add(res.identifier());
                    routes.add(res.route());
                }
            }
            nodes.add(new NodeRecord(node.id(), node.label(), count, String.join("; ", ids),
                    String.join("; ", routes)));
        }
        return new MappingReport(lines, columns, rows, nodes, options.duplicates(), repaired);
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
