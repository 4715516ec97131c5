package org.senescope.model.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Everything the mapping did, so that no gene is lost silently: what each identifier column was detected as, every
 * input row in exactly one {@link RowOutcome}, and every gene-based network node measured or not. Its TSV form is
 * written by {@code overlay.OverlayTableWriter#writeReport}. Immutable.
 *
 * @param inputs        one line per input: file, format recognised, row count
 * @param columns       the identifier column of each input, with what it was detected as and why
 * @param rows          every data row of every input, in input order (replayed from the inputs when large)
 * @param nodes         every gene-based node of the network, in network order
 * @param duplicates    the rule applied to several rows per node
 * @param excelRepaired how many Excel-damaged names were repaired (they are {@code USED} or {@code NOT_ON_NETWORK}
 *                      rows whose detail says so)
 * @param expression    with {@code --min-expression}, one line per input naming its mean-expression column, unit
 *                      and the minimum; empty without the filter
 */
public record MappingReport(List<String> inputs, List<IdentifierColumn> columns, RowRecords rows,
                            List<NodeRecord> nodes, DuplicateRule duplicates, int excelRepaired,
                            List<String> expression) {

    /** The header of the TSV report. */
    public static final List<String> TSV_COLUMNS = List.of("record", "source", "line", "identifier", "category",
            "nodes", "detail");

    public MappingReport {
        inputs = List.copyOf(inputs);
        columns = List.copyOf(columns);
        Objects.requireNonNull(rows, "rows");
        nodes = List.copyOf(nodes);
        Objects.requireNonNull(duplicates, "duplicates");
        expression = List.copyOf(expression);
    }

    /** How many rows ended in each category; every category is present, with 0 where none did. */
    public Map<RowOutcome, Integer> counts() {
        return rows.counts();
    }

    public int count(RowOutcome outcome) {
        return rows.counts().getOrDefault(outcome, 0);
    }

    /** The gene-based nodes that got values. */
    public List<NodeRecord> measuredNodes() {
        return nodes.stream().filter(NodeRecord::measured).toList();
    }

    /** The summary printed after a mapping, one line each. */
    public List<String> summary() {
        List<String> lines = new ArrayList<>(inputs);
        columns.forEach(c -> lines.add("  identifiers: " + c.describe()));
        Map<RowOutcome, Integer> counts = counts();
        String byOutcome = counts.entrySet().stream().filter(e -> e.getValue() > 0)
                .map(e -> number(e.getValue()) + " " + e.getKey().label())
                .collect(Collectors.joining(", "));
        lines.add("Rows: " + number(rows.size()) + " = " + byOutcome);
        lines.add("Several rows for one node: rule " + duplicates.optionName());
        long damaged = count(RowOutcome.EXCEL_DAMAGED);
        lines.add("Excel-damaged names: " + number(excelRepaired) + " repaired, " + number((int) damaged)
                + " not repaired (each listed in the report)");
        List<NodeRecord> unmeasured = nodes.stream().filter(n -> !n.measured()).toList();
        lines.add("Network genes: " + measuredNodes().size() + " of " + nodes.size() + " gene nodes measured"
                + (unmeasured.isEmpty() ? "" : "; not measured: "
                + unmeasured.stream().map(NodeRecord::nodeId).collect(Collectors.joining(", "))));
        if (!expression.isEmpty()) {
            expression.forEach(e -> lines.add("Expressed: " + e));
            lines.add(expressionLine());
        }
        return lines;
    }

    /** Which nodes and member cells are drawn "not expressed" (below {@code --min-expression}). */
    private String expressionLine() {
        List<String> nodesBelow = measuredNodes().stream().filter(n -> !n.expressed()).map(NodeRecord::nodeId)
                .toList();
        List<String> membersBelow = nodes.stream().filter(n -> !n.membersNotExpressed().isEmpty())
                .map(n -> String.join(", ", n.membersNotExpressed()) + " of " + n.nodeId()).toList();
        return "Below --min-expression: " + nodesBelow.size() + " gene node" + (nodesBelow.size() == 1 ? "" : "s")
                + " drawn not expressed" + (nodesBelow.isEmpty() ? "" : " (" + String.join(", ", nodesBelow) + ")")
                + "; member cells not expressed: " + (membersBelow.isEmpty() ? "none"
                : String.join("; ", membersBelow));
    }

    private static String number(int n) {
        return String.format(Locale.ROOT, "%,d", n);
    }
}
