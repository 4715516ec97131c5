package org.senescope.knowledge;

import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;
import org.senescope.genes.MouseOrtholog;
import org.senescope.genes.MouseOrthologTable;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The gene tables the curation's identifiers are checked against: every HGNC symbol must be an approved symbol of the
 * human table with the Entrez and Ensembl ids written beside it, and every mouse symbol must stand in the mouse
 * ortholog table as an ortholog of one of the node's human genes, or as a mouse-only gene. Immutable.
 */
public record GeneReference(HumanGeneTable human, MouseOrthologTable mouse) {

    public GeneReference {
        Objects.requireNonNull(human, "human");
        Objects.requireNonNull(mouse, "mouse");
    }

    /** Checks one human gene of a node; the reason it fails, or empty when it is right. */
    Optional<String> checkHuman(String symbol, String entrez, String ensembl) {
        Optional<HumanGene> gene = human.bySymbol(symbol).stream().filter(g -> g.symbol().equals(symbol)).findFirst();
        if (gene.isEmpty()) {
            return Optional.of("'" + symbol + "' is not an approved symbol in " + human.source());
        }
        HumanGene g = gene.get();
        if (!g.entrezIdText().equals(entrez)) {
            return Optional.of("Entrez id " + entrez + " does not match " + symbol + ", whose id is " + g.entrezId());
        }
        if (!g.ensemblIds().contains(ensembl)) {
            return Optional.of("Ensembl id " + ensembl + " is not one of " + symbol + "'s: "
                    + String.join(", ", g.ensemblIds()));
        }
        return Optional.empty();
    }

    /** Checks one mouse gene of a node against the node's human genes; the reason it fails, or empty. */
    Optional<String> checkMouse(String mouseSymbol, List<String> humanSymbols) {
        List<MouseOrtholog> rows = mouse.byMouseSymbol(mouseSymbol).stream()
                .map(m -> m.ortholog())
                .filter(o -> o.mouseSymbol().equals(mouseSymbol))
                .toList();
        if (rows.isEmpty()) {
            return Optional.of("'" + mouseSymbol + "' is not a mouse symbol of the ortholog table");
        }
        boolean fits = rows.stream().anyMatch(o -> !o.hasHuman() || humanSymbols.contains(o.humanSymbol()));
        if (!fits && !humanSymbols.isEmpty()) {
            return Optional.of("mouse " + mouseSymbol + " is not an ortholog of " + String.join(" or ", humanSymbols)
                    + " in the ortholog table");
        }
        return Optional.empty();
    }
}
