package org.senescope.mine.entities;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

import org.jspecify.annotations.Nullable;

/**
 * Finds the names of an {@link EntityLexicon} in a sentence, longest first: at each word, the longest run of words
 * (up to {@value #MAX_WORDS}, across a bracketed abbreviation such as {@code natural killer (NK) cells}, and
 * through a bracket of three or four words that is part of the name, {@code chemokine (C-C motif) ligand 2}) that is a
 * name and passes {@link NameGuards}. Of the names a run matches, those of the strongest {@link NameForm} count;
 * when they stand for several concepts the mention is {@link ConceptKind#AMBIGUOUS}. Thread-safe.
 */
public final class EntityTagger {

    static final int MAX_WORDS = 10;
    private static final int MAX_BRACKETED = 2;
    /** A bracket of more words is no abbreviation but part of a name: {@code chemokine (C-C motif) ligand 2}. */
    private static final int MAX_NAMED_BRACKET = 4;

    private final EntityLexicon lexicon;

    public EntityTagger(EntityLexicon lexicon) {
        this.lexicon = Objects.requireNonNull(lexicon, "lexicon");
    }

    /** The mentions in {@code sentence}, in order, not overlapping. */
    public List<Mention> tag(String sentence) {
        List<Token> tokens = Token.of(sentence);
        List<Mention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            int next = i + 1;
            if (tokens.get(i).isWord()) {
                List<Integer> run = run(tokens, i);
                for (int n = run.size(); n >= 1; n--) {
                    List<Integer> words = run.subList(0, n);
                    int last = words.get(n - 1);
                    String surface = sentence.substring(tokens.get(i).start(), tokens.get(last).end());
                    Concept c = match(words.stream().map(tokens::get).toList(), surface, tokens, i, last);
                    if (c != null) {
                        out.add(new Mention(tokens.get(i).start(), tokens.get(last).end(), surface, c));
                        next = last + 1;
                        break;
                    }
                }
            }
            i = next;
        }
        return lexicon.processes().apply(sentence, tokens, withoutRepeats(sentence, out));
    }

    /**
     * Drops a bracketed repeat of the name just before it ({@code chemokine (C-C motif) ligand 2 (CCL2)}), widening
     * that mention over the bracket, so the name and its symbol count as one member of a list.
     */
    private static List<Mention> withoutRepeats(String sentence, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            Mention previous = out.isEmpty() ? m : out.get(out.size() - 1);
            if (!out.isEmpty() && previous.concept().equals(m.concept())
                    && sentence.substring(previous.end(), m.start()).strip().equals("(")
                    && sentence.startsWith(")", m.end())) {
                out.set(out.size() - 1, new Mention(previous.start(), m.end() + 1,
                        sentence.substring(previous.start(), m.end() + 1), previous.concept()));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Indices of the words a name starting at {@code first} may span, skipping a short bracketed abbreviation. */
    private List<Integer> run(List<Token> tokens, int first) {
        int limit = Math.min(MAX_WORDS, lexicon.longestName());
        List<Integer> run = new ArrayList<>();
        int i = first;
        while (i < tokens.size() && run.size() < limit) {
            if (tokens.get(i).isWord()) {
                run.add(i);
                i++;
            } else if (!run.isEmpty() && tokens.get(i).text().equals("+")
                    && tokens.get(i).start() == tokens.get(i - 1).end()) {
                i++; // a marker's sign, as in "CD4+ T cells", is part of the name
            } else if (!run.isEmpty() && tokens.get(i).text().equals("(")) {
                int close = i + 1;
                while (close < tokens.size() && tokens.get(close).isWord() && close - i <= MAX_NAMED_BRACKET) {
                    close++;
                }
                if (close >= tokens.size() || !tokens.get(close).text().equals(")") || close == i + 1) {
                    break;
                }
                if (close - i - 1 > MAX_BRACKETED) {
                    for (int w = i + 1; w < close; w++) {
                        run.add(w);
                    }
                }
                i = close + 1;
            } else {
                break;
            }
        }
        return run;
    }

    private @Nullable Concept match(List<Token> words,
            String surface, List<Token> tokens, int first, int last) {
        List<NameEntry> entries = lexicon.lookup(NameKey.of(words));
        @Nullable NameForm best = null;
        TreeSet<String> ids = new TreeSet<>();
        @Nullable Concept chosen = null;
        for (NameEntry e : entries) {
            if (!NameGuards.accepts(e, surface, tokens, first, last)) {
                continue;
            }
            if (best == null || e.form().compareTo(best) < 0) {
                best = e.form();
                ids.clear();
                chosen = e.concept();
            }
            if (e.form() == best) {
                ids.add(e.concept().id());
            }
        }
        if (chosen == null || ids.size() == 1) {
            return chosen;
        }
        return new Concept("ambiguous:" + String.join("|", ids), ConceptKind.AMBIGUOUS, "");
    }
}
