package org.senescope.overlay;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.senescope.failure.InputFormatException;
import org.senescope.read.NumberCells;
import org.senescope.model.Node;
import org.senescope.model.overlay.DuplicateRule;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.RowRecord;
import org.senescope.model.overlay.RowRecords;

/**
 * One table mapped onto the network in one pass over its rows, keeping only what the result needs: the rows that
 * reach nodes (with their numbers, for the duplicate rule) and a count per outcome of the others. The report's row
 * records are recomputed by a second pass ({@link #records()}), which classifies each row exactly as the first did,
 * so a table far larger than memory is accounted for row by row. Immutable once made; the second pass may run on any
 * thread.
 */
final class TableMapping {

    /** Identifiers whose match is remembered; tables repeat identifiers, but a huge one must not fill the heap. */
    private static final int MAX_CACHED_MATCHES = 100_000;

    private final TableShape shape;
    private final IdentifierMapper mapper;
    private final OverlaySource.TableRows input;
    private final Map<String, IdentifierMatch> matches = new ConcurrentHashMap<>();
    private final List<MappedRow> mapped = new ArrayList<>();
    private final List<RowRecord> settled = new ArrayList<>();
    private final Map<RowOutcome, Integer> counts = new EnumMap<>(RowOutcome.class);
    private final Map<String, DuplicateResolver.Resolved> nodes = new LinkedHashMap<>();
    private final Map<String, Integer> rowsPerNode = new LinkedHashMap<>();
    private final Map<String, Map<String, NodeMembers.Member>> members = new LinkedHashMap<>();
    private final Set<MappedRow> memberRows = new HashSet<>();
    private int rows;
    private int repaired;

    /**
     * What is known of a table before its rows are read.
     *
     * @param source      the file as the user named it
     * @param columns     its column names
     * @param decimalMark the decimal mark of its numbers
     * @param roles       its value columns
     * @param idColumn    its identifier column
     * @param expression  where it says how strongly a gene is expressed, for {@code --min-expression}
     */
    record TableShape(String source, List<String> columns, char decimalMark, ValueColumns roles,
                      IdentifierColumn idColumn, ExpressionColumns expression) {
        TableShape {
            Objects.requireNonNull(expression, "expression");
            Objects.requireNonNull(source, "source");
            columns = List.copyOf(columns);
            Objects.requireNonNull(roles, "roles");
            Objects.requireNonNull(idColumn, "idColumn");
        }

        /** The value columns' names, for the report's reasons. */
        String valueColumns() {
            return roles.values().stream().map(columns::get).collect(Collectors.joining(", "));
        }
    }

    private TableMapping(TableShape shape, IdentifierMapper mapper, OverlaySource.TableRows input) {
        this.shape = shape;
        this.mapper = mapper;
        this.input = input;
        for (RowOutcome outcome : RowOutcome.values()) {
            counts.put(outcome, 0);
        }
    }

    /**
     * Reads every row of {@code input}, maps the identifiers and resolves several rows per node by {@code rule}.
     *
     * @throws InputFormatException when a value cell holds text, naming line and column
     * @throws IOException          when the table cannot be read
     */
    static TableMapping read(TableShape shape, IdentifierMapper mapper, OverlaySource input, DuplicateRule rule,
                             Function<String, Node> nodeOfId) throws IOException {
        TableMapping m = new TableMapping(shape, mapper, input.rows());
        m.input.forEach((line, cells) -> {
            String id = cells[shape.idColumn().index()].strip();
            IdentifierMatch match = m.classify(id, line, cells);
            if (match.repairedExcelName()) {
                m.repaired++;
            }
            if (match.outcome() == RowOutcome.USED) {
                m.mapped.add(ValueCells.numbers(shape, m.rows, line, id, cells, match));
            } else {
                m.counts.merge(match.outcome(), 1, Integer::sum);
            }
            m.rows++;
            return true;
        });
        m.resolve(rule, nodeOfId);
        return m;
    }

    private void resolve(DuplicateRule rule, Function<String, Node> nodeOfId) {
        Map<String, List<MappedRow>> byNode = new LinkedHashMap<>();
        for (MappedRow row : mapped) {
            for (Node node : row.match().nodes()) {
                byNode.computeIfAbsent(node.id(), k -> new ArrayList<>()).add(row);
            }
        }
        for (Map.Entry<String, List<MappedRow>> e : byNode.entrySet()) {
            int conditions = shape.roles().values().size();
            nodes.put(e.getKey(), DuplicateResolver.resolve(e.getValue(), conditions, rule));
            rowsPerNode.put(e.getKey(), e.getValue().size());
            Map<String, NodeMembers.Member> ofNode = new LinkedHashMap<>();
            for (NodeMembers.Member m : NodeMembers.of(nodeOfId.apply(e.getKey()), e.getValue(), conditions, rule)) {
                ofNode.put(m.symbol(), m);
                memberRows.addAll(m.resolved().chosen());
            }
            members.put(e.getKey(), ofNode);
        }
        for (MappedRow row : mapped) {
            RowRecord record = settled(row, rule);
            settled.add(record);
            counts.merge(record.outcome(), 1, Integer::sum);
        }
    }

    TableShape shape() {
        return shape;
    }

    /** How many data rows the table has. */
    int rowCount() {
        return rows;
    }

    /** Whether no row reached a node. */
    boolean noneMapped() {
        return mapped.isEmpty();
    }

    int excelRepaired() {
        return repaired;
    }

    /** What each node reached got, by node id, in the order the nodes were first reached. */
    Map<String, DuplicateResolver.Resolved> nodes() {
        return nodes;
    }

    /** The measured members of each family or complex node reached, by node id, then by member symbol. */
    Map<String, Map<String, NodeMembers.Member>> members() {
        return members;
    }

    /** How many rows reached each node. */
    Map<String, Integer> rowsPerNode() {
        return rowsPerNode;
    }

    /**
     * Where a row leads: the identifier's match, or why the row has none (no identifier, no value). The same row
     * always gives the same answer.
     */
    private IdentifierMatch classify(String id, long line, String[] cells) {
        if (IdentifierDetector.isMissing(id)) {
            return IdentifierMatch.none(RowOutcome.NO_IDENTIFIER, "the identifier cell is empty or NA");
        }
        NumberCells.Kind best = ValueCells.bestValue(shape, line, cells);
        if (best != NumberCells.Kind.NUMBER) {
            return best == NumberCells.Kind.INFINITE
                    ? IdentifierMatch.none(RowOutcome.NOT_FINITE, "no finite value in " + shape.valueColumns())
                    : IdentifierMatch.none(RowOutcome.NO_VALUE, "no value in " + shape.valueColumns());
        }
        IdentifierMatch known = matches.get(id);
        if (known != null) {
            return known;
        }
        IdentifierMatch match = mapper.map(id, shape.idColumn().kind());
        if (matches.size() < MAX_CACHED_MATCHES) {
            matches.put(id, match);
        }
        return match;
    }

    /**
     * The report record of a row that reached nodes: used if any node or any member of a family or complex took it,
     * else set aside by the rule.
     */
    private RowRecord settled(MappedRow row, DuplicateRule rule) {
        List<String> nodeIds = row.match().nodes().stream().map(Node::id).toList();
        // Every node a mapped row reached was resolved.
        Function<String, Set<MappedRow>> chosen = n -> Objects.requireNonNull(nodes.get(n), n).chosen();
        if (memberRows.contains(row) || nodeIds.stream().anyMatch(n -> chosen.apply(n).contains(row))) {
            return row.expressed() ? new RowRecord(shape.source(), row.line(), row.identifier(), RowOutcome.USED,
                    nodeIds, row.match().route())
                    : new RowRecord(shape.source(), row.line(), row.identifier(), RowOutcome.NOT_EXPRESSED, nodeIds,
                    row.match().route() + "; " + shape.expression().description() + " below "
                    + shape.expression().threshold());
        }
        String taken = nodeIds.stream().flatMap(n -> chosen.apply(n).stream())
                .map(r -> "line " + r.line()).distinct().collect(Collectors.joining(", "));
        return new RowRecord(shape.source(), row.line(), row.identifier(), RowOutcome.NOT_CHOSEN, nodeIds,
                row.match().route() + "; node " + String.join(" and ", nodeIds) + " took " + taken + " (rule "
                        + rule.optionName() + ")");
    }

    /**
     * Every row's record, in table order: the rows are read again and each classified as when the table was mapped;
     * only the records of rows that reached nodes are kept.
     */
    RowRecords records() {
        return new RowRecords.Replayed(rows, counts, this::replay);
    }

    private void replay(Consumer<? super RowRecord> action) {
        Iterator<RowRecord> used = settled.iterator();
        int[] seen = {0};
        try {
            input.forEach((line, cells) -> {
                String id = cells[shape.idColumn().index()].strip();
                IdentifierMatch match = classify(id, line, cells);
                if (match.outcome() != RowOutcome.USED) {
                    action.accept(new RowRecord(shape.source(), line, id, match.outcome(), List.of(), match.route()));
                } else if (used.hasNext()) {
                    RowRecord record = used.next();
                    requireSame(record.line() == line);
                    action.accept(record);
                } else {
                    requireSame(false);
                }
                seen[0]++;
                return true;
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        requireSame(seen[0] == rows && !used.hasNext());
    }

    private void requireSame(boolean same) {
        if (!same) {
            throw new InputFormatException(shape.source(), 0, 0, "changed while it was being read for the mapping "
                    + "report; expected a file that stays the same until the overlay is written");
        }
    }
}
