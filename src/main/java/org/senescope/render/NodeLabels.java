package org.senescope.render;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.senescope.model.Network;
import org.senescope.model.Node;

/**
 * The words drawn on each node. At full page width every node shows its whole label. In a narrow drawing (a single
 * column, or one of several panels) a gene-based node shows its name without the parenthesised symbol ("p53", not
 * "p53 (TP53)"), and a label that would still take more than {@value #MAX_LINES} lines shows an abbreviation of its
 * words' initials ("EMT"), spelt out in the legend.
 *
 * @param shown         the text drawn on each node, by node id
 * @param abbreviations "EMT: Epithelial-to-mesenchymal transition" for each abbreviation, in node order
 */
record NodeLabels(Map<String, String> shown, List<String> abbreviations) {

    /** Labels wrapping to more lines than this are abbreviated in a narrow drawing. */
    static final int MAX_LINES = 2;
    private static final Pattern PARENTHESISED = Pattern.compile("(.+?)\\s+\\([^()]*\\)");
    private static final Set<String> SMALL_WORDS = Set.of("of", "to", "in", "by", "from", "the", "and", "for", "a",
            "an", "on", "with");

    NodeLabels {
        shown = Map.copyOf(shown);
        abbreviations = List.copyOf(abbreviations);
    }

    /**
     * @param narrow    whether to shorten (see the type's description)
     * @param wrapWidth the width a label wraps at, in points
     */
    static NodeLabels of(Network network, boolean narrow, double font, double wrapWidth) {
        Map<String, String> shown = new HashMap<>();
        List<String> abbreviations = new ArrayList<>();
        Set<String> used = new HashSet<>();
        for (Node n : network.nodes()) {
            String label = n.label();
            if (narrow) {
                Matcher m = PARENTHESISED.matcher(label);
                if (n.kind().isGeneBased() && m.matches()) {
                    label = m.group(1);
                }
                if (TextWrap.wrap(label, font, wrapWidth).size() > MAX_LINES) {
                    String initials = initials(label);
                    String unique = initials;
                    for (int i = 2; !used.add(unique); i++) {
                        unique = initials + i;
                    }
                    abbreviations.add(unique + ": " + label);
                    label = unique;
                }
            }
            shown.put(n.id(), label);
        }
        return new NodeLabels(shown, abbreviations);
    }

    /** The first letter of each word (split at spaces and hyphens) but small words; a capitalised word whole. */
    static String initials(String label) {
        StringBuilder s = new StringBuilder();
        for (String word : label.split("[\\s\\-]+", -1)) {
            if (word.isEmpty() || SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))) {
                continue;
            }
            boolean capitalised = word.length() > 1 && word.equals(word.toUpperCase(Locale.ROOT));
            s.append(capitalised ? word : word.substring(0, 1).toUpperCase(Locale.ROOT));
        }
        return s.toString();
    }

    /** The text drawn on {@code node}. */
    String of(Node node) {
        return shown.getOrDefault(node.id(), node.label());
    }
}
