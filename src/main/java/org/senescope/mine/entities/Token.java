package org.senescope.mine.entities;

import java.util.ArrayList;
import java.util.List;

/**
 * A token of a sentence: a run of letters and digits, or one punctuation character (hyphens, slashes and spaces
 * separate tokens and are not tokens).
 *
 * @param start offset in the sentence
 * @param end   offset just after it
 * @param text  its text
 */
public record Token(int start, int end, String text) {

    /** Whether it is a word (letters or digits) rather than punctuation. */
    public boolean isWord() {
        return Character.isLetterOrDigit(text.charAt(0));
    }

    /** The tokens of {@code sentence}, in order. */
    public static List<Token> of(String sentence) {
        List<Token> tokens = new ArrayList<>();
        int i = 0;
        while (i < sentence.length()) {
            char c = sentence.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                int e = i;
                while (e < sentence.length() && Character.isLetterOrDigit(sentence.charAt(e))) {
                    e++;
                }
                tokens.add(new Token(i, e, sentence.substring(i, e)));
                i = e;
            } else {
                if (!Character.isWhitespace(c) && c != '-' && c != '/' && c != '\u2010' && c != '\u2011') {
                    tokens.add(new Token(i, i + 1, String.valueOf(c)));
                }
                i++;
            }
        }
        return tokens;
    }
}
