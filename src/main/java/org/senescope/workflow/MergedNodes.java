package org.senescope.workflow;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.senescope.genes.HumanGene;
import org.senescope.genes.MouseOrtholog;
import org.senescope.genes.OrthologMatch;
import org.senescope.input.TsvReader;
import org.senescope.input.TsvSyntax;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.output.TsvCell;

/**
 * The gene nodes a merge adds: an accepted or edited candidate whose source (target) is no node id of the curation
 * but is, exactly, its own {@code source_symbol} ({@code target_symbol}) and an approved HGNC symbol or an MGI symbol
 * of the ortholog table, as {@code senescope mine} names a gene outside the network, gets a gene node with that id:
 * its label the symbol, its HGNC symbol, Entrez and first Ensembl id from the human gene table (for a mouse symbol,
 * those of its one-to-one human ortholog, or none for a mouse-only gene), its mouse symbol, and a description naming
 * the candidate's document and reviewed line; with a {@code layout.tsv}, a position on a new row below the curated
 * layout. Every node added is one line of the merge's notes. Any other unknown id is left to the builder, which
 * refuses it ("unknown node"). Stateless.
 */
final class MergedNodes {

    static final String NODES = "nodes.tsv";
    static final String LAYOUT = "layout.tsv";
    /** Spacing of the added nodes' row, in the layout's units (the curated layout's columns are 150 apart). */
    static final double SPACING = 150;

    /**
     * What a merge adds to nodes.tsv and layout.tsv.
     *
     * @param nodeRows   nodes.tsv rows to append, each ending with a line feed
     * @param layoutRows layout.tsv rows to append (empty without a layout.tsv)
     * @param notes      one line per node added
     */
    record Added(String nodeRows, String layoutRows, List<String> notes) {
        Added {
            notes = List.copyOf(notes);
        }
    }

    private MergedNodes() {
    }

    /** The nodes {@code merged} needs that {@code curation}'s nodes.tsv lacks and the gene tables know. */
    static Added plan(ResourceDirectory curation, boolean hasLayout, ReviewedCandidates reviewed,
                      List<ReviewedCandidates.Row> merged, GeneReference genes) throws IOException {
        List<String> known = column(curation, NODES, "id");
        Map<String, String> rows = new LinkedHashMap<>();
        List<String> notes = new ArrayList<>();
        for (ReviewedCandidates.Row r : merged) {
            for (String end : List.of("source", "target")) {
                String id = r.cell(end);
                if (id.isEmpty() || known.contains(id) || rows.containsKey(id) || !id.equals(r.cell(end + "_symbol"))) {
                    continue;
                }
                geneRow(id, genes, "Added by senescope merge from a reviewed candidate of " + r.cell("document")
                        + " (" + reviewed.file() + ":" + r.line() + ")").ifPresent(row -> {
                            rows.put(id, row);
                            notes.add("added gene node '" + id + "' to " + NODES + " for " + reviewed.file() + ":"
                                    + r.line() + " (" + end + ", document " + r.cell("document") + ")");
                        });
            }
        }
        StringBuilder layout = new StringBuilder();
        if (hasLayout && !rows.isEmpty()) {
            placeBelow(curation, List.copyOf(rows.keySet()), layout, notes);
        }
        return new Added(String.join("", rows.values()), layout.toString(), notes);
    }

    /** The nodes.tsv row of gene {@code symbol}, when it is an approved HGNC symbol or an MGI symbol. */
    private static Optional<String> geneRow(String symbol, GeneReference genes, String description) {
        Optional<HumanGene> human = exactHuman(symbol, genes);
        if (human.isPresent()) {
            String mouse = genes.mouse().oneToOneMouseOrtholog(symbol).map(MouseOrtholog::mouseSymbol).orElse("");
            return Optional.of(nodeRow(symbol, humanCells(human.get()), mouse, description));
        }
        boolean mouseGene = genes.mouse().byMouseSymbol(symbol).stream().map(OrthologMatch::ortholog)
                .anyMatch(o -> o.mouseSymbol().equals(symbol));
        if (!mouseGene) {
            return Optional.empty();
        }
        List<String> ortholog = genes.mouse().oneToOneHumanOrtholog(symbol)
                .flatMap(o -> exactHuman(o.humanSymbol(), genes)).map(MergedNodes::humanCells)
                .orElse(List.of("", "", ""));
        return Optional.of(nodeRow(symbol, ortholog, symbol, description));
    }

    private static Optional<HumanGene> exactHuman(String symbol, GeneReference genes) {
        return genes.human().bySymbol(symbol).stream().filter(g -> g.symbol().equals(symbol)).findFirst();
    }

    /** The hgnc_symbol, entrez and ensembl cells of {@code gene} (its first Ensembl id). */
    private static List<String> humanCells(HumanGene gene) {
        return List.of(gene.symbol(), gene.entrezIdText(), gene.ensemblIds().isEmpty() ? "" : gene.ensemblIds().get(0));
    }

    private static String nodeRow(String id, List<String> human, String mouse, String description) {
        List<String> cells = new ArrayList<>(List.of(id, id, "gene"));
        cells.addAll(human);
        cells.addAll(List.of(mouse, "", "", description));
        return TsvCell.row(cells);
    }

    /** Appends positions for {@code ids} on a row {@link #SPACING} below the lowest curated node. */
    private static void placeBelow(ResourceDirectory curation, List<String> ids, StringBuilder layout,
                                   List<String> notes) throws IOException {
        double left = Double.POSITIVE_INFINITY;
        double bottom = Double.NEGATIVE_INFINITY;
        List<String> xs = column(curation, LAYOUT, "x");
        List<String> ys = column(curation, LAYOUT, "y");
        for (int i = 0; i < xs.size(); i++) {
            left = Math.min(left, parsed(xs.get(i)));
            bottom = Math.max(bottom, parsed(ys.get(i)));
        }
        double x0 = xs.isEmpty() ? 0 : left;
        double y = ys.isEmpty() ? 0 : bottom + SPACING;
        for (int i = 0; i < ids.size(); i++) {
            String x = number(x0 + i * SPACING);
            String yText = number(y);
            layout.append(TsvCell.row(List.of(ids.get(i), x, yText)));
            notes.add("placed '" + ids.get(i) + "' at (" + x + ", " + yText + ") in " + LAYOUT
                    + ", a row below the curated layout; move it where it belongs");
        }
    }

    private static double parsed(String text) {
        try {
            return Double.parseDouble(text);
        } catch (NumberFormatException e) {
            // The builder reports a bad coordinate at its line; here it only must not move the new row.
            return 0;
        }
    }

    private static String number(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : String.format(Locale.ROOT, "%s", v);
    }

    /** The cells of {@code name}'s column {@code column}, read as the builder reads a curation table. */
    private static List<String> column(ResourceDirectory curation, String file, String name) throws IOException {
        List<String> cells = new ArrayList<>();
        Map<String, Integer> header = new HashMap<>();
        try (InputStream in = curation.open(file)) {
            new TsvReader(curation.describe(file), TsvSyntax.SPREADSHEET, TsvReader.DEFAULT_MAX_LINE_CHARS)
                    .readRows(in, row -> {
                        if (header.isEmpty()) {
                            for (int i = 0; i < row.fieldCount(); i++) {
                                header.put(row.field(i).strip(), i);
                            }
                            return;
                        }
                        Integer at = header.get(name);
                        if (at != null && at < row.fieldCount()) {
                            cells.add(row.field(at).strip());
                        }
                    });
        }
        return cells;
    }
}
