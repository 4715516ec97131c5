package org.senescope.overlay;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.senescope.export.OverlayStyle;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.RowRecord;
import org.senescope.model.overlay.NodeRecord;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.ModuleSummary;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.output.TsvCell;

/**
 * The overlay's own TSV tables, UTF-8 with {@code \n} line ends, missing numbers as empty fields: the node table (one
 * row per gene-based node, measured or not), the module summaries, the edge-consistency verdicts and the mapping
 * report. Stateless; flushes but does not close the stream.
 */
public final class OverlayTableWriter {

    private OverlayTableWriter() {
    }

    /**
     * {@code node_id, label, kind, modules, measured, input_identifier, mapping_route}, then for each condition
     * {@code <condition>} and {@code <condition> padj}, then the colour of the first condition.
     */
    public static void writeNodes(Network network, MappedOverlay result, OutputStream out) throws IOException {
        Overlay overlay = result.overlay();
        List<String> header = new ArrayList<>(List.of("node_id", "label", "kind", "modules", "measured",
                "input_identifier", "mapping_route"));
        for (String condition : overlay.conditions()) {
            header.add(condition);
            header.add(condition + " padj");
        }
        header.add("colour");
        Writer w = open(out);
        line(w, header);
        for (Node node : network.nodes()) {
            if (!node.hasGenes()) {
                continue;
            }
            NodeOverlay data = overlay.node(node.id()).orElse(null);
            List<String> fields = new ArrayList<>(List.of(node.id(), node.label(), node.kind().label(),
                    String.join("|", node.modules()), Boolean.toString(data != null),
                    data == null ? "" : data.inputIdentifier(), data == null ? "" : data.mappingRoute()));
            for (int c = 0; c < overlay.conditions().size(); c++) {
                Measurement m = data == null ? Measurement.MISSING : data.measurements().get(c);
                fields.add(number(m.value()));
                fields.add(number(m.adjustedP()));
            }
            fields.add(OverlayStyle.colorOf(data == null ? Measurement.MISSING : data.measurements().get(0),
                    result.colourScale().range()));
            line(w, fields);
        }
        w.flush();
    }

    /** {@code module_id, module, condition, gene_nodes, measured, mean_value, up_significant, down_significant}. */
    public static void writeModules(MappedOverlay result, OutputStream out) throws IOException {
        Writer w = open(out);
        line(w, List.of("module_id", "module", "condition", "gene_nodes", "measured", "mean_value",
                "up_significant", "down_significant"));
        for (ModuleSummary m : result.modules()) {
            line(w, List.of(m.moduleId(), m.label(), m.condition(), Integer.toString(m.geneNodes()),
                    Integer.toString(m.measured()), number(m.meanValue()), Integer.toString(m.upSignificant()),
                    Integer.toString(m.downSignificant())));
        }
        w.flush();
    }

    /**
     * A comment line stating the heuristic, then {@code edge, condition, testable, reason, verdict, detail}: one row
     * per edge and condition; verdict and detail are empty for an edge that was not tested.
     */
    public static void writeEdges(MappedOverlay result, OutputStream out) throws IOException {
        Writer w = open(out);
        w.write("# " + EdgeConsistency.NOTE + "\n");
        line(w, List.of("edge", "condition", "testable", "reason", "verdict", "detail"));
        for (EdgeConsistency e : result.edges()) {
            line(w, List.of(e.edgeId(), e.condition(), Boolean.toString(e.testable()), e.reason(),
                    e.verdict().map(EdgeConsistency.Verdict::label).orElse(""), e.detail()));
        }
        w.flush();
    }

    /** The mapping report: {@link MappingReport#TSV_COLUMNS}, then column, row and node records. */
    public static void writeReport(MappingReport report, OutputStream out) throws IOException {
        writeReport(report, Set.of(), out);
    }

    /**
     * The mapping report with the rows of the {@code counted} outcomes not listed one by one: after the column
     * records, one {@code count} record per counted outcome that some row has, saying how many rows it holds per
     * source; then the row records of every other outcome, and the node records. For a whole transcriptome, where most
     * rows are plainly known genes that no node names.
     */
    public static void writeReport(MappingReport report, Set<RowOutcome> counted, OutputStream out)
            throws IOException {
        Writer w = open(out);
        line(w, MappingReport.TSV_COLUMNS);
        for (IdentifierColumn c : report.columns()) {
            line(w, List.of("column", "", "", c.name(), c.kind().label() + " (" + c.kind().species().label() + ")",
                    "", c.evidence()));
        }
        Map<RowOutcome, Map<String, Long>> counts = new EnumMap<>(RowOutcome.class);
        report.rows().forEach(r -> {
            if (counted.contains(r.outcome())) {
                counts.computeIfAbsent(r.outcome(), k -> new LinkedHashMap<>()).merge(r.source(), 1L, Long::sum);
            }
        });
        for (Map.Entry<RowOutcome, Map<String, Long>> c : counts.entrySet()) {
            for (Map.Entry<String, Long> bySource : c.getValue().entrySet()) {
                line(w, List.of("count", bySource.getKey(), "", "", c.getKey().label(), "", String.format(Locale.ROOT,
                        "%,d rows, counted here, not listed one by one", bySource.getValue())));
            }
        }
        try {
            report.rows().forEach(r -> {
                if (!counted.contains(r.outcome())) {
                    row(w, r);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        for (NodeRecord n : report.nodes()) {
            String category = !n.measured() ? "not measured" : n.expressed() ? "measured"
                    : "measured, drawn not expressed";
            String members = n.membersNotExpressed().isEmpty() ? ""
                    : "; members drawn not expressed: " + String.join(", ", n.membersNotExpressed());
            line(w, List.of("node", "", "", n.identifier(), category, n.nodeId(),
                    n.measured() ? n.route() + members : "no input row reached " + n.label()));
        }
        w.flush();
    }

    private static void row(Writer w, RowRecord r) {
        try {
            line(w, List.of("row", r.source(), Long.toString(r.line()), r.identifier(), r.outcome().label(),
                    String.join("|", r.nodeIds()), r.detail()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Writer open(OutputStream out) {
        return new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    private static String number(double v) {
        return Double.isNaN(v) ? "" : Double.toString(v);
    }

    /** One TSV line, each field encoded by {@link TsvCell} (escaped, never read as a formula). */
    static void line(Writer w, List<String> fields) throws IOException {
        w.write(TsvCell.row(fields));
    }
}
