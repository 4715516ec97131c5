package org.senescope.mine.entities;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.senescope.mine.text.WordList;
import org.senescope.model.Node;
import org.senescope.model.NodeKind;

/**
 * Process and phenotype nodes written as noun phrases: {@code infiltration of NK cells} or {@code tumor infiltration
 * by NK cells} for "NK-cell infiltration of tumours", {@code elimination of senescent cells} for "Immune clearance of
 * senescent tumour cells". Each such node's label (and each alias of two words or more) gives a head noun, the word
 * before its first preposition or else its last word, and the set of its other words. In a text, a head noun (or a
 * noun naming the same process: elimination, destruction, removal, killing, eradication all name a clearance;
 * sensitivity and vulnerability a susceptibility) with
 * words of that set right before it, or after it behind {@code of}/{@code by}/{@code to}/{@code from}/{@code against}
 * (determiners and one other word skipped), names the node, as does a mention there of a node whose label words all
 * belong to the set ({@code clearance of SnCs}). At least one matched word must say more than {@code cell}. Built once
 * from the network's nodes, never from documents; immutable.
 */
final class ProcessPhrases {

    /** One way of naming a node: its head noun and the other words of the name. */
    record Phrase(Concept concept, String head, Set<String> words) {
    }

    private static final Set<String> PREPOSITIONS = Set.of("of", "by", "to", "from", "against", "in");
    private static final Set<String> DETERMINERS = Set.of("the", "a", "an", "these", "those", "this", "their",
            "its", "such");
    /** Nouns that name one process; each maps to the first. */
    private static final List<List<String>> SAME_PROCESS = List.of(
            List.of("clearance", "elimination", "destruction", "removal", "killing", "eradication"),
            List.of("susceptibility", "sensitivity", "vulnerability"));
    /** Words oncology uses for one another: a cancer cell is a tumour cell. */
    private static final Set<String> TUMOUR = Set.of("tumor", "cancer", "malignant", "neoplastic");
    private static final String GENERIC = "cell";

    private final Map<String, List<Phrase>> byHead = new HashMap<>();
    private final Map<String, Set<String>> labelWords = new HashMap<>();

    ProcessPhrases(List<Node> nodes) {
        for (Node node : nodes) {
            Concept c = new Concept(node.id(), ConceptKind.NODE, "");
            labelWords.put(node.id(), new HashSet<>(words(node.label())));
            if (node.kind() == NodeKind.PROCESS || node.kind() == NodeKind.PHENOTYPE) {
                phrase(node.label(), c);
                node.aliases().forEach(a -> phrase(a, c));
            }
        }
    }

    private void phrase(String name, Concept c) {
        List<String> words = words(name);
        int head = words.size() - 1;
        for (int i = 1; i < words.size(); i++) {
            if (PREPOSITIONS.contains(words.get(i))) {
                head = i - 1;
                break;
            }
        }
        Set<String> others = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (i != head && !PREPOSITIONS.contains(words.get(i))) {
                others.add(words.get(i));
            }
        }
        if (words.size() >= 2 && !others.isEmpty()) {
            byHead.computeIfAbsent(words.get(head), k -> new ArrayList<>()).add(new Phrase(c, words.get(head),
                    Set.copyOf(others)));
        }
    }

    /** The lower-case words of a name without its brackets, each made singular, American and of its class. */
    private static List<String> words(String name) {
        return Token.of(name.replaceAll("\\s*\\([^)]*\\)", "")).stream().filter(Token::isWord)
                .map(t -> normal(t.text())).toList();
    }

    static String normal(String word) {
        String w = NameKey.american(WordList.singular(word.toLowerCase(Locale.ROOT)));
        if (w.equals("tumour") || TUMOUR.contains(w)) {
            return "tumor";
        }
        for (List<String> same : SAME_PROCESS) {
            if (same.contains(w)) {
                return same.get(0);
            }
        }
        return w;
    }

    /**
     * {@code mentions} with every process phrase of {@code sentence} added, replacing the mentions inside it (a
     * phrase whose head lies inside a mention is not read).
     */
    List<Mention> apply(String sentence, List<Token> tokens, List<Mention> mentions) {
        List<Mention> found = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            int at = i;
            List<Phrase> phrases = byHead.getOrDefault(normal(tokens.get(i).text()), List.of());
            if (phrases.isEmpty() || mentions.stream().anyMatch(m -> covers(m, tokens.get(at)))) {
                continue;
            }
            best(sentence, tokens, mentions, i, phrases).ifPresent(found::add);
        }
        if (found.isEmpty()) {
            return mentions;
        }
        List<Mention> out = new ArrayList<>(found);
        mentions.stream().filter(m -> found.stream().noneMatch(f -> f.start() < m.end() && m.start() < f.end()))
                .forEach(out::add);
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private Optional<Mention> best(String sentence, List<Token> tokens, List<Mention> mentions, int head,
            List<Phrase> phrases) {
        Optional<Mention> best = Optional.empty();
        int most = 0;
        for (Phrase p : phrases) {
            Span span = new Span(head, head, 0, 0);
            span = left(tokens, p, span);
            span = right(tokens, mentions, p, span);
            if (span.specific() > 0 && span.matched() > most) {
                most = span.matched();
                int start = tokens.get(span.first()).start();
                int end = tokens.get(span.last()).end();
                best = Optional.of(new Mention(start, end, sentence.substring(start, end), p.concept()));
            }
        }
        return best;
    }

    /** Tokens {@code first..last} of a phrase, with how many of its words matched and how many say more than cell. */
    private record Span(int first, int last, int matched, int specific) {
        Span with(int first, int last, String word) {
            return new Span(first, last, matched + 1, specific + (word.equals(GENERIC) ? 0 : 1));
        }
    }

    private static Span left(List<Token> tokens, Phrase p, Span span) {
        Span s = span;
        for (int j = span.first() - 1; j >= 0 && tokens.get(j).isWord(); j--) {
            String w = normal(tokens.get(j).text());
            if (!p.words().contains(w)) {
                break;
            }
            s = s.with(j, s.last(), w);
        }
        return s;
    }

    private Span right(List<Token> tokens, List<Mention> mentions, Phrase p, Span span) {
        Span s = span;
        int j = span.last() + 1;
        while (j + 1 < tokens.size() && PREPOSITIONS.contains(tokens.get(j).text().toLowerCase(Locale.ROOT))) {
            int before = s.matched();
            int k = j + 1;
            boolean skipped = false;
            while (k < tokens.size() && tokens.get(k).isWord()) {
                String w = normal(tokens.get(k).text());
                Optional<Mention> m = mentionAt(mentions, tokens.get(k));
                Set<String> named = m.isPresent() ? labelWords.get(m.get().concept().id()) : null;
                if (m.isPresent() && named != null && p.words().containsAll(named)) {
                    int end = k;
                    while (end + 1 < tokens.size() && tokens.get(end + 1).end() <= m.get().end()) {
                        end++;
                    }
                    s = s.with(s.first(), end, m.get().concept().id());
                    k = end + 1;
                } else if (p.words().contains(w)) {
                    s = s.with(s.first(), k, w);
                    k++;
                } else if (DETERMINERS.contains(w) && s.matched() == before) {
                    k++;
                } else if (!skipped && !PREPOSITIONS.contains(w)) {
                    skipped = true;
                    k++;
                } else {
                    break;
                }
            }
            if (s.matched() == before) {
                break;
            }
            j = s.last() + 1;
        }
        return s;
    }

    private static Optional<Mention> mentionAt(List<Mention> mentions, Token t) {
        return mentions.stream().filter(m -> m.start() == t.start()).findFirst();
    }

    private static boolean covers(Mention m, Token t) {
        return m.start() <= t.start() && t.end() <= m.end();
    }
}
