package org.senescope.knowledge;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed's text prepared for quote matching. Seeds are extracted from PDFs and web pages: lines break anywhere and
 * words are hyphenated across line breaks ({@code p53-depen-} / {@code dent}). Whitespace runs fold to one space, and a
 * hyphen that ends a line becomes a <em>break mark</em>, which a quote may match either as nothing (the word was split
 * by typesetting) or as a hyphen (the word has a real hyphen, as in {@code cyclin-} / {@code dependent}).
 */
final class SeedText {

    /** Stands for a hyphen at a line end; never occurs in a quote. */
    static final char BREAK_MARK = '\u00AD';

    private static final Pattern LINE_END_HYPHEN = Pattern.compile("(?<=\\S)-[ \\t\\u00A0]*\\r?\\n\\s*(?=\\S)");
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");
    private static final Pattern WORD_WITH_MARKS = Pattern.compile("\\S+");

    private final String prepared;

    private SeedText(String prepared) {
        this.prepared = prepared;
    }

    static SeedText of(String raw) {
        String marked = LINE_END_HYPHEN.matcher(raw).replaceAll(String.valueOf(BREAK_MARK));
        return new SeedText(WHITESPACE.matcher(marked).replaceAll(" ").strip());
    }

    /** Folds whitespace the way seed text is folded, for quotes written by curators. */
    static String foldWhitespace(String quote) {
        return WHITESPACE.matcher(quote).replaceAll(" ").strip();
    }

    /**
     * Where the quote starts in the prepared text, searching from {@code from}, or -1. The quote is matched exactly,
     * character by character, except that a break mark in the seed matches nothing or a hyphen.
     */
    int find(String quote, int from) {
        Matcher m = patternFor(quote).matcher(prepared);
        return m.find(from) ? m.start() : -1;
    }

    /** Where the match found by {@link #find} ends. */
    int endOf(String quote, int start) {
        Matcher m = patternFor(quote).matcher(prepared);
        m.region(start, prepared.length());
        return m.lookingAt() ? m.end() : -1;
    }

    private static Pattern patternFor(String quote) {
        StringBuilder regex = new StringBuilder();
        String optionalMark = BREAK_MARK + "?";
        int[] cps = quote.codePoints().toArray();
        for (int i = 0; i < cps.length; i++) {
            if (i > 0) {
                regex.append(optionalMark);
            }
            if (cps[i] == '-') {
                regex.append("[-").append(BREAK_MARK).append(']');
            } else {
                regex.append(Pattern.quote(new String(Character.toChars(cps[i]))));
            }
        }
        return Pattern.compile(regex.toString());
    }

    /** The prepared text with break marks resolved to joined words, as a reader would see it. */
    String readable(int start, int end) {
        return prepared.substring(start, end).replace(String.valueOf(BREAK_MARK), "");
    }

    /**
     * Offsets of the words of the prepared text, for finding the passage nearest a quote that does not match. A break
     * mark never separates words: a word split across lines counts once, as a reader would join it.
     */
    List<int[]> wordSpans() {
        List<int[]> spans = new ArrayList<>();
        Matcher m = WORD_WITH_MARKS.matcher(prepared);
        while (m.find()) {
            spans.add(new int[] {m.start(), m.end()});
        }
        return spans;
    }

    String prepared() {
        return prepared;
    }
}
