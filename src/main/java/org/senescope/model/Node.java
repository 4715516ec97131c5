package org.senescope.model;

import java.util.List;
import java.util.Objects;

/**
 * One network node. Gene-based nodes (genes, families, complexes) name their genes by human HGNC symbol and mouse MGI
 * symbol; a mouse-only gene such as Raet1e has no human symbol, a human-only gene such as MICA no mouse symbol.
 *
 * @param id            stable identifier, unique in a network (the HGNC symbol for human genes)
 * @param label         the name shown on the node
 * @param kind          what the node stands for
 * @param humanSymbols  HGNC symbols of the genes it stands for (several for a family or complex), or empty
 * @param entrezIds     human Entrez Gene ids, parallel to {@code humanSymbols}
 * @param ensemblIds    human Ensembl gene ids, parallel to {@code humanSymbols}
 * @param mouseSymbols  MGI symbols of the mouse genes it stands for, or empty
 * @param aliases       other names the seeds or the field use (p21, NKG2D, PD-L2...)
 * @param modules       ids of the modules the node belongs to
 * @param description   one line on what the node is, or empty
 */
public record Node(
        String id,
        String label,
        NodeKind kind,
        List<String> humanSymbols,
        List<String> entrezIds,
        List<String> ensemblIds,
        List<String> mouseSymbols,
        List<String> aliases,
        List<String> modules,
        String description) {

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(label, "label");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(description, "description");
        humanSymbols = List.copyOf(humanSymbols);
        entrezIds = List.copyOf(entrezIds);
        ensemblIds = List.copyOf(ensemblIds);
        mouseSymbols = List.copyOf(mouseSymbols);
        aliases = List.copyOf(aliases);
        modules = List.copyOf(modules);
        if (id.isBlank()) {
            throw new IllegalArgumentException("node id is blank");
        }
        if (entrezIds.size() != humanSymbols.size() || ensemblIds.size() != humanSymbols.size()) {
            throw new IllegalArgumentException("node " + id + ": Entrez and Ensembl ids must parallel the HGNC symbols");
        }
        if (!kind.isGeneBased() && !(humanSymbols.isEmpty() && mouseSymbols.isEmpty())) {
            throw new IllegalArgumentException("node " + id + " of kind " + kind.label() + " cannot carry gene symbols");
        }
    }

    /** Whether the node names at least one human or mouse gene. */
    public boolean hasGenes() {
        return !humanSymbols.isEmpty() || !mouseSymbols.isEmpty();
    }
}
