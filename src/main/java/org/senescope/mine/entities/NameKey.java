package org.senescope.mine.entities;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import org.senescope.mine.text.WordList;

/**
 * The key a name is looked up by: its runs of letters and digits, lower-cased, each plural word made singular, joined
 * without separators, so that {@code IL-12}, {@code IL12} and {@code Il12} share a key, as do {@code NK cells} and
 * {@code NK cell}. Case is checked afterwards, against the written forms ({@link NameGuards}).
 */
final class NameKey {

    private static final Pattern BRITISH = Pattern.compile("(?<=o)u(?=r$)|(?<=l)l(?=ing$|ed$)|(?<=i)s(?=ation$)");

    private NameKey() {
    }

    /** The key of a name as written in the lexicon. */
    static String of(String written) {
        return of(Token.of(written).stream().filter(Token::isWord).toList());
    }

    /** The key of consecutive word tokens of a text. */
    static String of(List<Token> words) {
        StringBuilder b = new StringBuilder();
        for (Token t : words) {
            String lower = t.text().toLowerCase(Locale.ROOT);
            b.append(lower.chars().allMatch(Character::isLetter) ? american(WordList.singular(lower)) : lower);
        }
        return b.toString();
    }

    /**
     * The American spelling of a British word as far as names need it ({@code -our}, {@code -lling}, {@code -lled},
     * {@code -isation}); both the lexicon and the text go through it, so an over-eager change cannot split a name.
     */
    static String american(String word) {
        if (word.length() < 6) {
            return word;
        }
        return BRITISH.matcher(word).replaceFirst(m -> m.group().equals("s") ? "z" : "");
    }
}
