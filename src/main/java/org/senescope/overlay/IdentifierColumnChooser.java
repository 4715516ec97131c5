package org.senescope.overlay;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.senescope.failure.InputFormatException;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.IdentifierKind;
import org.senescope.model.overlay.ColumnChoice;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.read.TextTable;

/**
 * Picks the identifier column of a table: the one the user named, else the one column among the candidates (the
 * first column, columns with an identifier-like name, text columns) whose identifiers reach the network. Two such
 * columns are ambiguous and refused, naming both; none is refused too, saying what was detected. A named or single
 * candidate column is returned unchecked: the caller maps it anyway and then calls {@link #requireMatches}.
 */
final class IdentifierColumnChooser {

    private static final Set<String> ID_NAMES = Set.of("", "id", "gene", "genes", "symbol", "gene_symbol",
            "genesymbol", "gene.symbol", "gene_name", "genename", "gene_id", "geneid", "name", "ensembl",
            "ensembl_id", "ensembl_gene_id", "gene_ensembl", "entrez", "entrez_id", "entrezid", "entrezgene",
            "entrezgene_id", "uniprot", "probe", "probe_id", "row.names", "x", "unnamed: 0", "feature", "mgi_symbol",
            "external_gene_name", "hgnc_symbol");

    private IdentifierColumnChooser() {
    }

    static IdentifierColumn choose(InputTable table, ValueColumns roles, OverlayOptions options, GeneReference genes,
                                   IdentifierMapper mapper) throws InputFormatException {
        if (options.idColumn() instanceof ColumnChoice.Named named) {
            int index = table.columnIndex(named.name());
            if (index < 0) {
                throw new InputFormatException(table.source(), table.headerLine(), 0, "no identifier column '"
                        + named.name() + "'; the columns are " + TextTable.quotedNames(table.columns()));
            }
            return IdentifierDetector.detect(table, index, options.species(), genes);
        }
        // Each detected column that reaches the network, with how many rows do, in column order.
        Map<IdentifierColumn, Integer> reached = new LinkedHashMap<>();
        List<IdentifierColumn> detected = new ArrayList<>();
        InputFormatException first = null;
        for (int c = 0; c < table.columns().size(); c++) {
            String name = table.columns().get(c).strip().toLowerCase(Locale.ROOT);
            if (roles.hasRole(c) || !(c == 0 || ID_NAMES.contains(name) || !ValueColumnDetector.isNumeric(table, c))) {
                continue;
            }
            try {
                detected.add(IdentifierDetector.detect(table, c, options.species(), genes));
            } catch (InputFormatException e) {
                first = first == null ? e : first;
            }
        }
        if (detected.size() == 1) {
            // the caller checks that it reaches the network while mapping, which saves a pass over the rows
            return detected.get(0);
        }
        for (IdentifierColumn column : detected) {
            int n = reach(table, column, mapper);
            if (n > 0) {
                reached.put(column, n);
            }
        }
        List<IdentifierColumn> reaching = List.copyOf(reached.keySet());
        if (reaching.size() == 1) {
            return reaching.get(0);
        }
        if (reaching.size() > 1) {
            throw new InputFormatException(table.source(), table.headerLine(), reaching.get(0).index() + 1,
                    "ambiguous identifier column: " + reached.entrySet().stream().map(e -> "'" + e.getKey().name()
                            + "' (" + e.getKey().kind().label() + "s, " + e.getValue()
                            + (e.getValue() == 1 ? " row reaches" : " rows reach") + " the network)")
                            .collect(Collectors.joining(" and ")) + "; name one with --id-column");
        }
        if (detected.isEmpty()) {
            throw first != null ? first : new InputFormatException(table.source(), table.headerLine(), 0,
                    "no identifier column: no column holds gene identifiers; name one with --id-column");
        }
        requireMatches(table, detected.get(0), 0, genes);
        throw new AssertionError("unreachable");
    }

    /** How many rows of the column reach a node. */
    static int reach(InputTable table, IdentifierColumn column, IdentifierMapper mapper) {
        Map<String, Boolean> seen = new HashMap<>();
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            String id = table.cell(r, column.index()).strip();
            if (IdentifierDetector.isMissing(id)) {
                continue;
            }
            if (seen.computeIfAbsent(id, k -> mapper.map(k, column.kind()).outcome() == RowOutcome.USED)) {
                n++;
            }
        }
        return n;
    }

    private static int identifiers(InputTable table, int index) {
        int n = 0;
        for (int r = 0; r < table.rowCount(); r++) {
            n += IdentifierDetector.isMissing(table.cell(r, index).strip()) ? 0 : 1;
        }
        return n;
    }

    /** Refuses a column none of whose identifiers reaches a node, saying what it holds. */
    static void requireMatches(InputTable table, IdentifierColumn column, int reached, GeneReference genes)
            throws InputFormatException {
        if (reached > 0) {
            return;
        }
        if (column.kind() == IdentifierKind.HUMAN_SYMBOL
                && IdentifierDetector.currentSymbols(table, column.index(), genes) == 0) {
            // Human symbols is only the fallback kind here: saying the column holds them would mislead.
            throw new InputFormatException(table.source(), table.headerLine(), column.index() + 1,
                    "no identifier matched the network: column '" + column.name() + "' holds no gene identifier "
                            + "(none of its " + identifiers(table, column.index()) + " values is an HGNC symbol, "
                            + "an Ensembl, Entrez or MGI id); name the identifier column with --id-column, or give "
                            + "--species mouse if these are mouse genes written in capitals");
        }
        String hint = switch (column.kind()) {
            case HUMAN_SYMBOL -> "; " + IdentifierDetector.currentSymbols(table, column.index(), genes)
                    + " are HGNC symbols; if these are mouse genes written in capitals, give --species mouse";
            case MOUSE_ENSEMBL -> "; the ortholog table has verified mouse Ensembl ids for "
                    + genes.mouse().mouseGenesWithEnsembl() + " of its " + genes.mouse().mouseGeneCount()
                    + " mouse genes: give MGI symbols or Entrez ids for the others";
            default -> "";
        };
        throw new InputFormatException(table.source(), table.headerLine(), column.index() + 1,
                "no identifier matched the network: column '" + column.name() + "' holds " + column.kind().label()
                        + "s (" + column.kind().species().label() + "; " + column.evidence()
                        + "), and none reaches a network node" + hint);
    }
}
