package org.senescope.mine.entities;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * When a stretch of text that shares a key with a name really is that name. The rules, general and not tied to any
 * document:
 * <ul>
 *   <li>Words (node names, gene full names) match in any case.</li>
 *   <li>A symbol matches as written; in another case only when the text still looks like a symbol (a digit and a
 *   capital, as small capitals lost in extraction leave it: {@code KLrK1}, {@code Tp53}, {@code DDr}).</li>
 *   <li>A symbol or alias without a digit is an ordinary token too often ({@code PDF}, {@code AM}, {@code T}): it
 *   needs three letters or more, all capitals, and a gene word near it (gene, protein, expression, mutant ...).
 *   An alias also needs two letters or three characters ({@code 1A} never counts).</li>
 *   <li>A short symbol right after a word that names a part of a longer name ({@code inhibitor 1A},
 *   {@code member 1}, {@code Figure 1A}) belongs to that name.</li>
 * </ul>
 */
final class NameGuards {

    private static final Set<String> GENE_WORDS = Set.of("gene", "genes", "protein", "proteins", "mrna", "expression",
            "expressed", "expressing", "express", "expresses", "knockout", "knockdown", "deficient", "deficiency",
            "mutant", "mutants", "mutation", "mutations", "mutated", "promoter", "transcript", "transcripts", "locus",
            "allele", "alleles", "ligand", "ligands", "receptor", "receptors", "signaling", "signalling", "pathway",
            "inhibitor", "inhibitors", "antibody", "antibodies", "blockade", "null", "oncogene", "oncogenes",
            "kinase", "deletion", "loss", "overexpression", "levels", "knock");
    private static final Set<String> NAME_PARTS = Set.of("inhibitor", "member", "subfamily", "family", "type",
            "class", "figure", "fig", "table", "step", "phase", "group", "domain", "box", "chapter", "section",
            "panel", "supplementary", "stage", "grade", "isoform", "subunit", "complex", "factor", "protein");
    private static final int CONTEXT = 3;
    private static final int SHORT = 3;
    private static final int SHORT_SYMBOL = 4;

    private NameGuards() {
    }

    /** Whether the words {@code first..last} of {@code tokens}, written {@code surface}, are the name of {@code e}. */
    static boolean accepts(NameEntry e, String surface, List<Token> tokens, int first, int last) {
        String written = e.written();
        boolean exact = surface.equals(written) || compact(surface).equals(compact(written));
        return switch (e.form()) {
            case NODE_NAME, GENE_NAME -> true;
            case NODE_SYMBOL -> exact || (letters(surface) > 2 && looksLikeSymbol(surface));
            case MOUSE_SYMBOL -> exact && !partOfLongerName(surface, tokens, first);
            case HUMAN_SYMBOL -> (exact || (hasDigit(surface) && hasUpper(surface)))
                    && ordinaryTokenAllowed(surface, tokens, first, last)
                    && !partOfLongerName(surface, tokens, first);
            case GENE_ALIAS -> exact && (letters(surface) >= 2 || compact(surface).length() > 2)
                    && ordinaryTokenAllowed(surface, tokens, first, last)
                    && !partOfLongerName(surface, tokens, first);
        };
    }

    private static boolean ordinaryTokenAllowed(String surface, List<Token> tokens, int first, int last) {
        if (hasDigit(surface)) {
            return true;
        }
        if (surface.length() < SHORT || !surface.equals(surface.toUpperCase(Locale.ROOT))) {
            return false;
        }
        return surface.length() > SHORT_SYMBOL || geneWordNear(tokens, first, last);
    }

    private static boolean geneWordNear(List<Token> tokens, int first, int last) {
        for (int i = Math.max(0, first - CONTEXT); i <= Math.min(tokens.size() - 1, last + CONTEXT); i++) {
            if ((i < first || i > last) && GENE_WORDS.contains(tokens.get(i).text().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean partOfLongerName(String surface, List<Token> tokens, int first) {
        if ((compact(surface).length() > SHORT && letters(surface) > 1) || first == 0) {
            return false;
        }
        Token before = tokens.get(first - 1);
        return before.isWord() && NAME_PARTS.contains(before.text().toLowerCase(Locale.ROOT));
    }

    private static boolean looksLikeSymbol(String surface) {
        return hasDigit(surface) || surface.substring(1).chars().anyMatch(Character::isUpperCase)
                || surface.equals(surface.toUpperCase(Locale.ROOT));
    }

    private static String compact(String s) {
        return s.replaceAll("[^\\p{L}\\p{N}]", "");
    }

    private static boolean hasDigit(String s) {
        return s.chars().anyMatch(Character::isDigit);
    }

    private static boolean hasUpper(String s) {
        return s.chars().anyMatch(Character::isUpperCase);
    }

    private static int letters(String s) {
        return (int) s.chars().filter(Character::isLetter).count();
    }
}
