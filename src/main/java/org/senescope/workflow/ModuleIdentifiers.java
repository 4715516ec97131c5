package org.senescope.workflow;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.senescope.analysis.ModuleGeneSets;
import org.senescope.knowledge.GeneReference;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.data.GeneSet;
import org.senescope.model.overlay.IdentifierColumn;
import org.senescope.model.overlay.IdentifierKind;
import org.senescope.model.overlay.RowOutcome;
import org.senescope.overlay.IdentifierMapper;
import org.senescope.overlay.IdentifierMatch;
import org.senescope.overlay.NetworkGenes;

/**
 * The network's modules as gene sets in the data's own identifiers, the one translation every gene-set job uses. The
 * data's identifier kind and species are detected as {@code senescope overlay} detects them; data of HGNC symbols
 * keep the modules' human symbols, matched exactly as GMT sets are; any other kind (mouse Entrez, Ensembl or MGI
 * symbols, human Entrez, Ensembl or UniProt) is mapped identifier by identifier to the network's nodes with the
 * overlay's {@link IdentifierMapper} (mouse ids through the mouse ortholog table), and a module's set is then the
 * data's identifiers that reach its member nodes, in the data's order. What was found is said in one note and in the
 * settings. Stateless.
 *
 * @param sets     one set per module, in module order, named by module id and described by its label
 * @param notes    how the modules were matched to the data and how many of their gene nodes were found
 * @param settings the same for the settings table: {@code module_identifiers}, {@code module_gene_nodes_in_data}
 */
record ModuleIdentifiers(List<GeneSet> sets, List<String> notes, Map<String, String> settings) {

    ModuleIdentifiers {
        sets = List.copyOf(sets);
        notes = List.copyOf(notes);
        settings = Collections.unmodifiableMap(new LinkedHashMap<>(settings));
    }

    /** The modules of {@code network} in the identifiers of {@code data}. */
    static ModuleIdentifiers of(Network network, DataIdentifiers data) {
        GeneReference genes = SenescenceImmunityNetwork.bundledGenes();
        List<String> distinct = data.genes().stream().filter(g -> !g.isBlank()).distinct().toList();
        Optional<IdentifierColumn> detected = IdentifierDetection.of(data.description(), "gene", distinct, genes);
        List<Node> geneNodes = network.nodes().stream().filter(n -> n.hasGenes() && !n.modules().isEmpty()).toList();
        if (detected.isEmpty() || detected.get().kind() == IdentifierKind.HUMAN_SYMBOL) {
            Set<String> inData = Set.copyOf(data.genes());
            long found = geneNodes.stream().filter(n -> n.humanSymbols().stream().anyMatch(inData::contains)).count();
            return described(ModuleGeneSets.of(network), "HGNC symbols, matched exactly", found, geneNodes.size(),
                    data);
        }
        IdentifierKind kind = detected.get().kind();
        IdentifierMapper mapper = new IdentifierMapper(genes, new NetworkGenes(network));
        Map<String, Set<String>> members = new LinkedHashMap<>();
        network.modules().forEach(m -> members.put(m.id(), new LinkedHashSet<>()));
        Set<Node> reached = new LinkedHashSet<>();
        for (String id : distinct) {
            IdentifierMatch match = mapper.map(id, kind);
            if (match.outcome() != RowOutcome.USED) {
                continue;
            }
            for (Node node : match.nodes()) {
                reached.add(node);
                node.modules().forEach(m -> members.computeIfAbsent(m, k -> new LinkedHashSet<>()).add(id));
            }
        }
        List<GeneSet> sets = new ArrayList<>();
        for (Module module : network.modules()) {
            sets.add(new GeneSet(module.id(), module.label(), List.copyOf(members.get(module.id()))));
        }
        long found = geneNodes.stream().filter(reached::contains).count();
        String species = kind.species().label();
        String what = kind.label().startsWith(species) ? kind.label() : species + " " + kind.label();
        return described(sets, what + "s (" + detected.get().evidence()
                + "), mapped to the network's nodes as senescope overlay maps them", found, geneNodes.size(), data);
    }

    private static ModuleIdentifiers described(List<GeneSet> sets, String how, long found, int nodes,
                                               DataIdentifiers data) {
        Set<String> inData = Set.copyOf(data.genes());
        long identifiers = sets.stream().flatMap(s -> s.genes().stream()).distinct().filter(inData::contains).count();
        String counts = String.format(Locale.ROOT, "%d of the modules' %d gene nodes found in %s, by %d identifiers",
                found, nodes, data.description(), identifiers);
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("module_identifiers", how);
        settings.put("module_gene_nodes_in_data", found + " of " + nodes + " (" + identifiers + " identifiers)");
        return new ModuleIdentifiers(sets, List.of("modules: " + counts + "; the data's identifiers are " + how),
                settings);
    }
}
