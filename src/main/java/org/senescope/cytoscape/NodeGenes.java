package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;
import org.senescope.genes.MouseOrtholog;
import org.senescope.genes.OrthologMatch;
import org.senescope.knowledge.GeneReference;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;
import org.senescope.model.overlay.IdentifierKind;

/**
 * The genes a node of a network Senescope did not build stands for, from the identifier in one of its columns: human
 * identifiers through the gene table (a symbol, else an alias or previous symbol naming one gene only), mouse ones
 * (MGI symbol, else a mouse alias naming one gene; Entrez; Ensembl) through the ortholog table. A mouse node keeps its own MGI symbol and gains the human symbols of its orthologs, so
 * that human and mouse data both reach it, each through its own table and never by a look-alike name.
 *
 * @param humanGenes   the human genes, in table order, without repeats
 * @param mouseSymbols the MGI symbols, for mouse identifiers
 */
record NodeGenes(List<HumanGene> humanGenes, List<String> mouseSymbols) {

    static final NodeGenes NONE = new NodeGenes(List.of(), List.of());

    NodeGenes {
        humanGenes = List.copyOf(humanGenes);
        mouseSymbols = List.copyOf(mouseSymbols);
    }

    boolean isEmpty() {
        return humanGenes.isEmpty() && mouseSymbols.isEmpty();
    }

    /**
     * A {@link NodeKind#GENE} node standing for these genes: their symbols, Entrez ids, first Ensembl ids and MGI
     * symbols; no modules, aliases or description.
     */
    Node geneNode(String id, String label) {
        return new Node(id, label, NodeKind.GENE, humanGenes.stream().map(HumanGene::symbol).toList(),
                humanGenes.stream().map(HumanGene::entrezIdText).toList(),
                humanGenes.stream().map(g -> g.ensemblIds().isEmpty() ? "" : g.ensemblIds().get(0)).toList(),
                mouseSymbols, List.of(), List.of(), "");
    }

    /** The genes {@code identifier} (stripped, not blank) names when read as {@code kind}; {@link #NONE} if none. */
    static NodeGenes of(String identifier, IdentifierKind kind, GeneReference genes) {
        Objects.requireNonNull(kind, "kind");
        String id = identifier.strip();
        HumanGeneTable human = genes.human();
        return switch (kind) {
            case HUMAN_SYMBOL -> {
                List<HumanGene> bySymbol = human.bySymbol(id);
                List<HumanGene> byAlias = bySymbol.isEmpty() ? human.byAlias(id) : List.of();
                yield human(!bySymbol.isEmpty() ? bySymbol : byAlias.size() == 1 ? byAlias : List.of());
            }
            case HUMAN_ENSEMBL -> human(one(human.byEnsemblId(id)));
            case UNIPROT -> human(one(human.byUniprot(id)));
            case HUMAN_ENTREZ -> human(human.byEntrezId(id).stream().toList());
            case MOUSE_SYMBOL -> {
                List<MouseOrtholog> bySymbol = genes.mouse().byMouseSymbol(id).stream().map(OrthologMatch::ortholog)
                        .toList();
                List<MouseOrtholog> byAlias = bySymbol.isEmpty() ? genes.mouse().byMouseAlias(id) : List.of();
                yield mouse(!bySymbol.isEmpty() ? bySymbol : oneMouseGene(byAlias), human);
            }
            case MOUSE_ENTREZ -> mouse(genes.mouse().byMouseEntrez(id), human);
            case MOUSE_ENSEMBL -> mouse(genes.mouse().byMouseEnsembl(id), human);
        };
    }

    /** The rows of an alias only when it names one mouse gene (several rows may be one gene's orthologs). */
    private static List<MouseOrtholog> oneMouseGene(List<MouseOrtholog> rows) {
        return rows.stream().map(MouseOrtholog::mouseSymbol).distinct().count() == 1 ? rows : List.of();
    }

    private static List<HumanGene> one(List<HumanGene> found) {
        return found.size() == 1 ? found : List.of();
    }

    private static NodeGenes human(List<HumanGene> found) {
        return found.isEmpty() ? NONE : new NodeGenes(found, List.of());
    }

    private static NodeGenes mouse(List<MouseOrtholog> orthologs, HumanGeneTable human) {
        Set<String> mouseSymbols = new LinkedHashSet<>();
        Set<HumanGene> humanGenes = new LinkedHashSet<>();
        for (MouseOrtholog ortholog : orthologs) {
            if (ortholog.hasMouse()) {
                mouseSymbols.add(ortholog.mouseSymbol());
            }
            if (ortholog.hasHuman()) {
                humanGenes.addAll(human.bySymbol(ortholog.humanSymbol()));
            }
        }
        return mouseSymbols.isEmpty() ? NONE : new NodeGenes(new ArrayList<>(humanGenes), new ArrayList<>(mouseSymbols));
    }
}
