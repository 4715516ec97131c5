package org.senescope.mine.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.genes.HumanGene;
import org.senescope.genes.HumanGeneTable;
import org.senescope.genes.MouseOrtholog;
import org.senescope.genes.MouseOrthologTable;
import org.senescope.mine.text.WordList;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;

/**
 * Every name the miner recognises: the network's nodes (labels, aliases, id words, symbols) and the human and mouse
 * genes (symbols, full names, aliases, previous symbols). A gene is reported as its network node when exactly one
 * gene node carries its symbol alone; members of a family or complex node, and a locus that several nodes share
 * (the isoforms of CDKN2A), stay genes of their own. A process named with a generic modifier ("Cellular
 * senescence") is also named by its head word alone. Also gives the word list for line-end hyphens. Immutable once
 * built; safe to share between threads.
 */
public final class EntityLexicon {

    private static final int MIN_NAME_LENGTH = 6;
    /**
     * HGNC's chemokine names since 2016 ("C-C motif chemokine ligand 2"); papers before then wrote the old form,
     * "chemokine (C-C motif) ligand 2", which the bundled table no longer holds, so it is derived from the new one.
     */
    private static final Pattern CURRENT_CHEMOKINE_NAME = Pattern.compile("(\\S+) motif chemokine (.+)");
    /** A modifier that only says where a process happens: "Cellular senescence" is also plain "senescence". */
    private static final Pattern GENERIC_MODIFIER = Pattern.compile("(?i)(?:cellular|biological) (\\p{L}+)");

    private final Map<String, List<NameEntry>> byKey = new HashMap<>();
    private final WordList words;
    private final ProcessPhrases processes;
    private final InducedForms induced;
    private int longestName;

    private EntityLexicon(List<Node> nodes, HumanGeneTable human, MouseOrthologTable mouse) {
        Map<String, Concept> humanNodes = new HashMap<>();
        Map<String, Concept> mouseNodes = new HashMap<>();
        Set<String> shared = sharedSymbols(nodes);
        List<String> texts = new ArrayList<>();
        for (Node node : nodes) {
            addNode(node, shared, humanNodes, mouseNodes);
            texts.add(node.label() + " " + node.description() + " " + String.join(" ", node.aliases()));
        }
        for (HumanGene gene : human.genes()) {
            Concept c = humanNodes.getOrDefault(gene.symbol(),
                    new Concept(gene.symbol(), ConceptKind.HUMAN_GENE, gene.symbol()));
            add(gene.symbol(), c, NameForm.HUMAN_SYMBOL);
            if (gene.name().length() >= MIN_NAME_LENGTH) {
                add(gene.name(), c, NameForm.GENE_NAME);
                texts.add(gene.name());
                Matcher chemokine = CURRENT_CHEMOKINE_NAME.matcher(gene.name());
                if (chemokine.matches()) {
                    add("chemokine (" + chemokine.group(1) + " motif) " + chemokine.group(2), c, NameForm.GENE_NAME);
                }
            }
            gene.aliases().forEach(a -> add(a, c, NameForm.GENE_ALIAS));
        }
        for (MouseOrtholog row : mouse.rows()) {
            if (row.hasMouse()) {
                Concept c = mouseNodes.getOrDefault(row.mouseSymbol(),
                        new Concept(row.mouseSymbol(), ConceptKind.MOUSE_GENE, row.mouseSymbol()));
                add(row.mouseSymbol(), c, NameForm.MOUSE_SYMBOL);
                row.mouseAliases().forEach(a -> add(a, c, NameForm.GENE_ALIAS));
            }
        }
        this.words = WordList.of(texts);
        this.processes = new ProcessPhrases(nodes);
        this.induced = new InducedForms(nodes, key -> lookup(key).stream().map(NameEntry::concept)
                .filter(c -> c.kind() == ConceptKind.NODE).findFirst());
    }

    /** The lexicon of the network's {@code nodes} and of the given gene tables. */
    public static EntityLexicon of(List<Node> nodes, HumanGeneTable human, MouseOrthologTable mouse) {
        return new EntityLexicon(nodes, human, mouse);
    }

    private static Set<String> sharedSymbols(List<Node> nodes) {
        Set<String> seen = new HashSet<>();
        Set<String> shared = new HashSet<>();
        for (Node node : nodes) {
            for (String s : node.humanSymbols()) {
                if (!seen.add(s)) {
                    shared.add(s);
                }
            }
        }
        return shared;
    }

    private void addNode(Node node, Set<String> shared, Map<String, Concept> humanNodes,
            Map<String, Concept> mouseNodes) {
        boolean singleGene = node.kind() == NodeKind.GENE && node.humanSymbols().size() <= 1
                && node.mouseSymbols().size() <= 1;
        String symbol = singleGene && !node.humanSymbols().isEmpty() ? node.humanSymbols().get(0)
                : singleGene && !node.mouseSymbols().isEmpty() ? node.mouseSymbols().get(0) : "";
        Concept c = new Concept(node.id(), ConceptKind.NODE, symbol);
        String label = node.label().replaceAll("\\s*\\([^)]*\\)", "").strip();
        addNodeName(label, c);
        Matcher generic = GENERIC_MODIFIER.matcher(label);
        if (node.kind() != NodeKind.GENE && generic.matches()) {
            addNodeName(generic.group(1), c);
        }
        if (node.kind() != NodeKind.GENE) {
            addNodeName(node.id().replace('_', ' '), c);
        }
        node.aliases().forEach(a -> addNodeName(a, c));
        if (singleGene) {
            for (String s : node.humanSymbols()) {
                if (!shared.contains(s)) {
                    humanNodes.put(s, c);
                    add(s, c, NameForm.NODE_SYMBOL);
                }
            }
            for (String s : node.mouseSymbols()) {
                mouseNodes.put(s, c);
                add(s, c, NameForm.NODE_SYMBOL);
            }
        }
    }

    private void addNodeName(String written, Concept c) {
        boolean symbolLike = !written.contains(" ") && (written.chars().anyMatch(Character::isDigit)
                || written.substring(1).chars().anyMatch(Character::isUpperCase));
        add(written, c, symbolLike ? NameForm.NODE_SYMBOL : NameForm.NODE_NAME);
    }

    private void add(String written, Concept c, NameForm form) {
        String key = NameKey.of(written);
        if (key.isEmpty()) {
            return;
        }
        List<NameEntry> entries = byKey.computeIfAbsent(key, k -> new ArrayList<>(1));
        NameEntry entry = new NameEntry(c, written, form);
        if (!entries.contains(entry)) {
            entries.add(entry);
        }
        longestName = Math.max(longestName, (int) Token.of(written).stream().filter(Token::isWord).count());
    }

    /** The entries whose key is {@code key}, or none. */
    List<NameEntry> lookup(String key) {
        return byKey.getOrDefault(key, List.of());
    }

    /** The most word tokens any name has. */
    int longestName() {
        return longestName;
    }

    /** The process and phenotype nodes as noun phrases. */
    ProcessPhrases processes() {
        return processes;
    }

    /**
     * The node "X-induced Y" when {@code cause}, a node whose name ends with X, induces {@code effect}, the node
     * named Y ({@code chemotherapy} inducing {@code senescence} is "Therapy-induced senescence"); see
     * {@link InducedForms}.
     */
    public Optional<Concept> inducedForm(Concept cause, Concept effect) {
        return induced.of(cause, effect);
    }

    /** The words of the node names and gene names, for deciding line-end hyphens. */
    public WordList words() {
        return words;
    }
}
