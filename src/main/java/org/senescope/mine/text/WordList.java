package org.senescope.mine.text;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The words the miner knows, lower-cased: for deciding whether a hyphen at a line end is soft or real. A word is known
 * as written or in its singular ({@code chemokines} is known when {@code chemokine} is). Immutable once built.
 * A list {@link #with} a document's words keeps the base list's set and the document's own apart rather than copying
 * the base (some 100,000 words from the gene tables) for every document.
 */
public final class WordList {

    private static final Pattern WORD = Pattern.compile("\\p{L}[\\p{L}\\p{N}]*");

    private final Set<String> words;
    private final Set<String> added;

    private WordList(Set<String> words, Set<String> added) {
        this.words = Set.copyOf(words);
        this.added = Set.copyOf(added);
    }

    /** A word list of every word (a letter, then letters or digits) in the given texts. */
    public static WordList of(Iterable<String> texts) {
        return new WordList(wordsOf(texts), Set.of());
    }

    private static Set<String> wordsOf(Iterable<String> texts) {
        Set<String> words = new HashSet<>();
        for (String text : texts) {
            Matcher m = WORD.matcher(text);
            while (m.find()) {
                words.add(m.group().toLowerCase(Locale.ROOT));
            }
        }
        return words;
    }

    /** This list with the words of {@code text} added. */
    public WordList with(String text) {
        Set<String> more = wordsOf(Set.of(text));
        more.addAll(added);
        more.removeAll(words);
        return new WordList(words, more);
    }

    /** Whether {@code word} (any case) or its singular is known. */
    public boolean knows(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        String one = singular(w);
        return words.contains(w) || words.contains(one) || added.contains(w) || added.contains(one);
    }

    /** The singular of an English plural as far as a word list needs it: {@code cells → cell}, {@code ies → y}. */
    public static String singular(String lower) {
        if (lower.length() > 4 && lower.endsWith("ies")) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") && !lower.endsWith("is")
                && !lower.endsWith("us")) {
            return lower.substring(0, lower.length() - 1);
        }
        return lower;
    }

    /** How many words are known. */
    public int size() {
        return words.size() + added.size();
    }
}
