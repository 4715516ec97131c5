package org.senescope.workflow;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.senescope.analysis.singlecell.CellTypeExpression;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.cell.NodeCellTypes;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.output.TsvCell;
import org.senescope.overlay.InputTable;
import org.senescope.overlay.OverlayMapper;

/**
 * Cell-type expression put on the network's gene nodes: the data's genes are mapped to the nodes by the overlay's own
 * mapper, as {@code senescope overlay} maps a table of them (symbols, Ensembl or Entrez ids, human or mouse; one row
 * per gene, its line the gene's 1-based row in the data, its value the fraction of typed cells expressing it), so the
 * mapping report is the overlay's; a gene whose row the overlay uses gives its values to each node it reaches, so a
 * family or complex node gets one entry per measured member. Immutable.
 *
 * @param mapped the overlay's mapping of the genes, for its report
 * @param nodes  the values on the nodes
 * @param table  {@value #TABLE}: one row per measured node × member gene × cell type
 */
record CellTypeNetwork(MappedOverlay mapped, NodeCellTypes nodes, byte[] table) {

    /** The tidy table's file name. */
    static final String TABLE = "cell-type-expression.tsv";
    private static final String ID_COLUMN = "gene";
    private static final String VALUE_COLUMN = "fraction_of_cells";

    CellTypeNetwork {
        table = table.clone();
    }

    @Override
    public byte[] table() {
        return table.clone();
    }

    /**
     * Maps the genes of {@code expression} ({@code source} names the data) onto {@code network}.
     *
     * @throws org.senescope.failure.InputFormatException when no gene of the data reaches the network
     */
    static CellTypeNetwork of(Network network, GeneReference genes, CellTypeExpression expression, String source,
                              String column, double minFraction, String meanNote) {
        List<String> names = expression.genes();
        int types = expression.types().size();
        int[] cells = expression.cells();
        int[] detected = expression.detected();
        long typed = 0;
        for (int n : cells) {
            typed += n;
        }
        List<List<String>> rows = new ArrayList<>(names.size());
        long[] lines = new long[names.size()];
        for (int g = 0; g < names.size(); g++) {
            long expressing = 0;
            for (int t = 0; t < types; t++) {
                expressing += detected[g * types + t];
            }
            rows.add(List.of(names.get(g), Double.toString((double) expressing / typed)));
            lines[g] = g + 1L;
        }
        InputTable table = new InputTable(source, List.of(ID_COLUMN, VALUE_COLUMN), rows, lines);
        MappedOverlay mapped = new OverlayMapper(network, genes).map(List.of(table), OverlayOptions.defaults()
                .withIdColumn(new ColumnChoice.Named(ID_COLUMN)).withValueColumns(List.of(VALUE_COLUMN)));
        Map<String, List<Integer>> geneRows = new LinkedHashMap<>();
        network.nodes().forEach(n -> geneRows.put(n.id(), new ArrayList<>()));
        mapped.report().rows().forEach(r -> {
            if (r.outcome() == RowOutcome.USED) {
                r.nodeIds().forEach(id -> geneRows.computeIfAbsent(id, k -> new ArrayList<>())
                        .add((int) r.line() - 1));
            }
        });
        Map<String, NodeCellTypes.NodeExpression> byNode = new LinkedHashMap<>();
        StringBuilder tidy = new StringBuilder(TsvCell.row(List.of("node", "gene", "cell_type", "cells", "fraction",
                "mean")));
        for (Node node : network.nodes()) {
            List<Integer> measured = geneRows.getOrDefault(node.id(), List.of()).stream().sorted().distinct()
                    .toList();
            if (measured.isEmpty()) {
                continue;
            }
            byNode.put(node.id(), nodeValues(expression, measured));
            for (int g : measured) {
                for (int t = 0; t < types; t++) {
                    tidy.append(TsvCell.row(List.of(node.id(), names.get(g), expression.types().get(t),
                            Integer.toString(expression.cellCount(t)), Double.toString(expression.fraction(g, t)),
                            Double.toString(expression.mean(g, t)))));
                }
            }
        }
        NodeCellTypes nodes = new NodeCellTypes(column, expression.types(),
                Arrays.stream(cells).boxed().toList(), minFraction, meanNote, byNode);
        return new CellTypeNetwork(mapped, nodes, tidy.toString().getBytes(StandardCharsets.UTF_8));
    }

    /** Per type, the member expressed in the largest fraction of the type's cells (the first on a tie). */
    private static NodeCellTypes.NodeExpression nodeValues(CellTypeExpression expression, List<Integer> measured) {
        int types = expression.types().size();
        List<String> shown = new ArrayList<>(types);
        double[] fractions = new double[types];
        double[] means = new double[types];
        for (int t = 0; t < types; t++) {
            int best = measured.get(0);
            for (int g : measured) {
                if (expression.fraction(g, t) > expression.fraction(best, t)) {
                    best = g;
                }
            }
            shown.add(expression.genes().get(best));
            fractions[t] = expression.fraction(best, t);
            means[t] = expression.mean(best, t);
        }
        List<String> genes = measured.stream().map(expression.genes()::get).toList();
        return new NodeCellTypes.NodeExpression(genes, shown, fractions, means);
    }
}
