package org.senescope.knowledge;

import org.senescope.model.Node;
import org.senescope.model.NodeKind;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Reads {@code nodes.tsv}: one node a row, lists joined with {@code |}. */
final class NodeTableReader {

    static final String FILE = "nodes.tsv";
    static final List<String> COLUMNS = List.of("id", "label", "kind", "hgnc_symbol", "entrez", "ensembl",
            "mouse_symbol", "aliases", "modules", "description");

    private NodeTableReader() {
    }

    /**
     * Reads the nodes; rows with problems are left out, but their ids still go into {@code declaredIds}, so that one
     * bad node row does not make every claim that names it fail too.
     */
    static List<Node> read(ResourceDirectory dir, Set<String> moduleIds, GeneReference genes, Set<String> declaredIds,
                           List<CurationProblem> problems) {
        CurationTable table = CurationTable.read(dir, FILE, COLUMNS, problems);
        table.rows().forEach(row -> declaredIds.add(row.get("id")));
        Map<String, Long> firstLine = new HashMap<>();
        return table.rows().stream()
                .map(row -> toNode(table, row, moduleIds, genes, firstLine, problems))
                .flatMap(Optional::stream)
                .toList();
    }

    private static Optional<Node> toNode(CurationTable table, CurationTable.Row row, Set<String> moduleIds,
                                         GeneReference genes, Map<String, Long> firstLine,
                                         List<CurationProblem> problems) {
        int before = problems.size();
        String id = row.get("id");
        if (id.isEmpty()) {
            problems.add(table.problem(row, "id", "empty; expected a node id"));
        } else if (firstLine.putIfAbsent(id, row.line()) != null) {
            problems.add(table.problem(row, "id", "duplicate node id '" + id + "', first at line " + firstLine.get(id)));
        }
        if (row.get("label").isEmpty()) {
            problems.add(table.problem(row, "label", "empty; expected the name shown on the node"));
        }
        Optional<NodeKind> kind = NodeKind.fromLabel(row.get("kind"));
        if (kind.isEmpty()) {
            problems.add(table.problem(row, "kind", "unknown kind '" + row.get("kind") + "'; expected one of: "
                    + Arrays.stream(NodeKind.values()).map(NodeKind::label).collect(Collectors.joining(", "))));
        }
        List<String> symbols = CurationLists.split(row.get("hgnc_symbol"));
        List<String> entrez = CurationLists.split(row.get("entrez"));
        List<String> ensembl = CurationLists.split(row.get("ensembl"));
        List<String> mouse = CurationLists.split(row.get("mouse_symbol"));
        kind.ifPresent(k -> checkGenes(table, row, k, symbols, entrez, ensembl, mouse, problems));
        if (problems.size() == before) {
            checkIdentifiers(table, row, genes, symbols, entrez, ensembl, mouse, problems);
        }
        List<String> modules = CurationLists.split(row.get("modules"));
        for (String m : modules) {
            if (!moduleIds.contains(m)) {
                problems.add(table.problem(row, "modules", "unknown module '" + m + "'; expected an id from modules.tsv"));
            }
        }
        if (problems.size() > before) {
            return Optional.empty();
        }
        return Optional.of(new Node(id, row.get("label"), kind.orElseThrow(), symbols, entrez, ensembl, mouse,
                CurationLists.split(row.get("aliases")), modules, row.get("description")));
    }

    private static void checkIdentifiers(CurationTable table, CurationTable.Row row, GeneReference genes,
                                         List<String> symbols, List<String> entrez, List<String> ensembl,
                                         List<String> mouse, List<CurationProblem> problems) {
        for (int i = 0; i < symbols.size(); i++) {
            genes.checkHuman(symbols.get(i), entrez.get(i), ensembl.get(i))
                    .ifPresent(reason -> problems.add(table.problem(row, "hgnc_symbol", reason)));
        }
        for (String m : mouse) {
            genes.checkMouse(m, symbols).ifPresent(reason -> problems.add(table.problem(row, "mouse_symbol", reason)));
        }
    }

    private static void checkGenes(CurationTable table, CurationTable.Row row, NodeKind kind, List<String> symbols,
                                   List<String> entrez, List<String> ensembl, List<String> mouse,
                                   List<CurationProblem> problems) {
        if (!kind.isGeneBased()) {
            for (String column : List.of("hgnc_symbol", "entrez", "ensembl", "mouse_symbol")) {
                if (!row.get(column).isEmpty()) {
                    problems.add(table.problem(row, column, "a " + kind.label() + " carries no gene identifiers"));
                }
            }
            return;
        }
        if (symbols.isEmpty() && mouse.isEmpty()) {
            problems.add(table.problem(row, "hgnc_symbol", "empty; a " + kind.label()
                    + " needs an HGNC symbol or, for a mouse-only gene, a mouse symbol"));
        }
        if (entrez.size() != symbols.size()) {
            problems.add(table.problem(row, "entrez", "has " + entrez.size() + " ids for " + symbols.size()
                    + " HGNC symbols; expected one per symbol, in the same order"));
        }
        if (ensembl.size() != symbols.size()) {
            problems.add(table.problem(row, "ensembl", "has " + ensembl.size() + " ids for " + symbols.size()
                    + " HGNC symbols; expected one per symbol, in the same order"));
        }
    }
}
