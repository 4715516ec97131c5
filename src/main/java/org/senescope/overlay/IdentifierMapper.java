package org.senescope.overlay;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;
import org.senescope.genes.MouseOrtholog;
import org.senescope.genes.MouseOrthologTable;
import org.senescope.genes.OrthologMatch;
import org.senescope.genes.OrthologType;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Node;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.model.overlay.IdentifierKind;

/**
 * Maps one identifier of a known {@link IdentifierKind} to network nodes. Human identifiers go to a gene of the gene
 * table and from its symbol to every node naming it; an alias or previous symbol is used only when it names one gene,
 * and an official symbol always wins over aliases of other genes. Mouse identifiers (MGI symbols and aliases, Entrez
 * and Ensembl ids) are looked up only in the mouse ortholog table, never in the human gene table, and reach nodes
 * through the nodes' own mouse symbols; the route says which ortholog type links them to the human genes, so a many-to-many
 * family is shown as such. A mouse alias or id naming several mouse genes is not used. Immutable; safe to share
 * between threads.
 */
public final class IdentifierMapper {

    private final HumanGeneTable human;
    private final MouseOrthologTable mouse;
    private final NetworkGenes network;

    public IdentifierMapper(GeneReference genes, NetworkGenes network) {
        this.human = genes.human();
        this.mouse = genes.mouse();
        this.network = Objects.requireNonNull(network, "network");
    }

    /** Where {@code identifier} (not blank) leads, read as {@code kind}. */
    public IdentifierMatch map(String identifier, IdentifierKind kind) {
        String id = identifier.strip();
        return switch (kind) {
            case HUMAN_SYMBOL -> humanSymbol(id);
            case MOUSE_SYMBOL -> mouseSymbolOrAlias(id);
            case HUMAN_ENSEMBL -> humanGenes(human.byEnsemblId(id), "Ensembl " + id);
            case UNIPROT -> humanGenes(human.byUniprot(id), "UniProt " + id);
            case HUMAN_ENTREZ -> humanGenes(human.byEntrezId(id).stream().toList(), "Entrez " + id);
            case MOUSE_ENTREZ -> mouseEntrez(id);
            case MOUSE_ENSEMBL -> mouseEnsembl(id);
        };
    }

    private IdentifierMatch humanSymbol(String id) {
        Optional<ExcelNames.Damage> damage = ExcelNames.detect(id, true, human);
        if (damage.isPresent()) {
            Optional<HumanGene> repaired = damage.get().repair();
            if (repaired.isEmpty()) {
                return IdentifierMatch.none(RowOutcome.EXCEL_DAMAGED, damage.get().describe());
            }
            IdentifierMatch match = toNodes(List.of(repaired.get()), damage.get().describe());
            return new IdentifierMatch(match.outcome(), match.nodes(), match.route(), true, match.symbol());
        }
        List<HumanGene> bySymbol = human.bySymbol(id);
        if (!bySymbol.isEmpty()) {
            return humanGenes(bySymbol, "HGNC symbol " + id);
        }
        List<HumanGene> byAlias = human.byAlias(id);
        if (byAlias.size() == 1) {
            return toNodes(byAlias, "alias or previous symbol " + id + " of " + byAlias.get(0).symbol());
        }
        if (byAlias.size() > 1) {
            return IdentifierMatch.none(RowOutcome.AMBIGUOUS_IDENTIFIER, "alias " + id + " names "
                    + byAlias.size() + " genes (" + symbols(byAlias) + "); none chosen");
        }
        return IdentifierMatch.none(RowOutcome.UNKNOWN_IDENTIFIER, "not a symbol, alias or previous symbol in "
                + "the gene table");
    }

    private IdentifierMatch humanGenes(List<HumanGene> genes, String from) {
        if (genes.isEmpty()) {
            return IdentifierMatch.none(RowOutcome.UNKNOWN_IDENTIFIER, from + " is not in the gene table");
        }
        if (genes.size() > 1) {
            return IdentifierMatch.none(RowOutcome.AMBIGUOUS_IDENTIFIER, from + " names " + genes.size()
                    + " genes (" + symbols(genes) + "); none chosen");
        }
        String route = from.equals("HGNC symbol " + genes.get(0).symbol()) ? from : from + " -> " + genes.get(0).symbol();
        return toNodes(genes, route);
    }

    private IdentifierMatch toNodes(List<HumanGene> genes, String route) {
        Set<Node> nodes = new LinkedHashSet<>();
        for (HumanGene gene : genes) {
            nodes.addAll(network.byHumanSymbol(gene.symbol()));
        }
        if (nodes.isEmpty()) {
            return IdentifierMatch.none(RowOutcome.NOT_ON_NETWORK, route + ": no node names " + symbols(genes));
        }
        // Callers pass one gene: an identifier naming several is reported as ambiguous before this.
        return new IdentifierMatch(RowOutcome.USED, ordered(nodes), route + " -> node " + ids(nodes), false,
                genes.get(0).symbol());
    }

    private IdentifierMatch mouseSymbol(String symbol, String from) {
        List<Node> nodes = network.byMouseSymbol(symbol);
        if (nodes.isEmpty()) {
            return IdentifierMatch.none(RowOutcome.NOT_ON_NETWORK, from + ": no node names this mouse gene");
        }
        List<OrthologMatch> rows = mouse.byMouseSymbol(symbol);
        String orthology = rows.isEmpty() ? "no ortholog row"
                : rows.stream().map(m -> m.ortholog().hasHuman()
                        ? m.ortholog().type().label() + " ortholog of " + m.ortholog().humanSymbol()
                        : "a mouse-only gene, no human ortholog")
                .distinct().collect(Collectors.joining(", "));
        boolean manyToMany = rows.stream().anyMatch(m -> m.ortholog().type() == OrthologType.MANY_TO_MANY);
        String route = from + " (mouse; " + orthology + (manyToMany ? "; a many-to-many family, not one gene" : "")
                + ") -> node " + ids(nodes);
        // The node's own spelling, since mouse tables are often upper-cased.
        String official = nodes.get(0).mouseSymbols().stream().filter(m -> m.equalsIgnoreCase(symbol.strip()))
                .findFirst().orElse(symbol.strip());
        return new IdentifierMatch(RowOutcome.USED, nodes, route, false, official);
    }

    /** An official mouse symbol first; only a name that is no mouse symbol of the network or table is an alias. */
    private IdentifierMatch mouseSymbolOrAlias(String id) {
        if (!network.byMouseSymbol(id).isEmpty() || !mouse.byMouseSymbol(id).isEmpty()) {
            return mouseSymbol(id, "MGI symbol " + id);
        }
        Set<String> symbols = mouseSymbols(mouse.byMouseAlias(id));
        if (symbols.isEmpty()) {
            return mouseSymbol(id, "MGI symbol " + id);
        }
        if (symbols.size() > 1) {
            return IdentifierMatch.none(RowOutcome.AMBIGUOUS_IDENTIFIER, "mouse alias " + id + " names "
                    + symbols.size() + " mouse genes (" + String.join(", ", symbols) + "); none chosen");
        }
        String symbol = symbols.iterator().next();
        return mouseSymbol(symbol, "mouse alias " + id + " of MGI symbol " + symbol);
    }

    private IdentifierMatch mouseEntrez(String id) {
        return throughOrthologTable(mouse.byMouseEntrez(id), "mouse Entrez " + id);
    }

    private IdentifierMatch mouseEnsembl(String id) {
        int dot = id.lastIndexOf('.');
        String version = dot > 0 ? id.substring(dot + 1) : "";
        boolean versioned = !version.isEmpty() && version.chars().allMatch(c -> c >= '0' && c <= '9');
        String from = "mouse Ensembl " + id + (versioned ? " (version " + version + " dropped)" : "");
        List<MouseOrtholog> rows = mouse.byMouseEnsembl(id);
        if (rows.isEmpty()) {
            return IdentifierMatch.none(RowOutcome.NOT_ON_NETWORK, from + " is not in the network's ortholog table, "
                    + "which has verified Ensembl ids for " + mouse.mouseGenesWithEnsembl() + " of its "
                    + mouse.mouseGeneCount() + " mouse genes");
        }
        return throughOrthologTable(rows, from);
    }

    /** Rows found by a mouse id: one mouse gene is followed to its nodes, several are reported and not used. */
    private IdentifierMatch throughOrthologTable(List<MouseOrtholog> rows, String from) {
        Set<String> symbols = mouseSymbols(rows);
        if (symbols.isEmpty()) {
            return IdentifierMatch.none(RowOutcome.NOT_ON_NETWORK, from + " is not a gene of the network's ortholog "
                    + "table");
        }
        if (symbols.size() > 1) {
            return IdentifierMatch.none(RowOutcome.AMBIGUOUS_IDENTIFIER, from + " names "
                    + String.join(", ", symbols) + "; none chosen");
        }
        String symbol = symbols.iterator().next();
        return mouseSymbol(symbol, from + " -> MGI symbol " + symbol);
    }

    private static Set<String> mouseSymbols(List<MouseOrtholog> rows) {
        Set<String> symbols = new LinkedHashSet<>();
        rows.forEach(r -> symbols.add(r.mouseSymbol()));
        return symbols;
    }

    private List<Node> ordered(Set<Node> nodes) {
        List<Node> result = new ArrayList<>();
        for (Node node : network.network().nodes()) {
            if (nodes.contains(node)) {
                result.add(node);
            }
        }
        return result;
    }

    private static String symbols(List<HumanGene> genes) {
        return genes.size() == 1 ? genes.get(0).symbol()
                : genes.stream().map(HumanGene::symbol).collect(Collectors.joining(", "));
    }

    private static String ids(Iterable<Node> nodes) {
        List<String> ids = new ArrayList<>();
        nodes.forEach(n -> ids.add(n.id()));
        return String.join(" and ", ids);
    }
}
