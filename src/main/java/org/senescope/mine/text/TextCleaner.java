package org.senescope.mine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a document's raw text into {@link CleanText}. Three repairs, each a general rule:
 * <ul>
 *   <li>A hyphen at a line end is soft (dropped, the word joined) when the joined word is known, or when either part
 *   is not a known word; it is real (kept) when both parts are known words (or the second has a word's ending: -ic, -ive, -ing ...) and the joined
 *   form is not
 *   ({@code cyclin-}/{@code dependent}, {@code cell-}/{@code extrinsic}), or when a part is written like a symbol
 *   (a digit, a capital after the first letter, a capital after the hyphen: {@code p53-}/{@code induced}). Known
 *   words are the given list plus the document's own words that are not split at a line end.</li>
 *   <li>Citation numbers fused to the end of a sentence ({@code p53.8 Thus}, {@code cells.1,3 These}) are dropped
 *   when the word before the full stop has a letter and a capital or the end of the paragraph follows.</li>
 *   <li>A paragraph that stops mid-sentence (no closing punctuation) is continued by the first of the next three
 *   paragraphs that starts with a lower-case letter; the paragraphs in between (an abstract, a figure legend) follow
 *   the rejoined sentence, and the join is a seam ({@link CleanText#isSeam}).</li>
 * </ul>
 * Stateless.
 */
public final class TextCleaner {

    private static final Pattern PARAGRAPH_BREAK = Pattern.compile("\\r?\\n[ \\t\\u00A0]*\\r?\\n\\s*");
    private static final Pattern SPLIT_AT_LINE_END = Pattern.compile("\\S+-[ \\t]*\\r?\\n\\s*\\S+");
    private static final Pattern FUSED_CITATION = Pattern.compile(
            "(?<=[\\p{L}\\p{N})\\]])\\.(\\d{1,3}(?:[,\\u2013\\u2014-]\\d{1,3})*)(?=\\s+[\\p{Lu}(\\[\"\\u201C]|\\s*$)");
    /** A word with an English derivational or inflectional ending, long enough not to be a fragment. */
    private static final Pattern WORD_ENDING = Pattern.compile(
            "\\p{Ll}{2,}(?:ic|al|ive|ous|ent|ant|ed|ing|ion|ity|ly|ary|ory|ful|less|like|able|ible|ism|ness)");
    private static final int LOOK_AHEAD = 3;

    private TextCleaner() {
    }

    /** The cleaned text of {@code raw}, with {@code words} as the known words besides the document's own. */
    public static CleanText clean(String raw, WordList words) {
        WordList known = words.with(SPLIT_AT_LINE_END.matcher(raw).replaceAll(" "));
        List<MappedText> paragraphs = new ArrayList<>();
        Matcher m = PARAGRAPH_BREAK.matcher(raw);
        int start = 0;
        while (m.find()) {
            addParagraph(paragraphs, raw, start, m.start(), known);
            start = m.end();
        }
        addParagraph(paragraphs, raw, start, raw.length(), known);
        return rejoin(paragraphs).done();
    }

    private static void addParagraph(List<MappedText> out, String raw, int start, int end, WordList known) {
        MappedText p = withoutCitations(paragraph(raw, start, end, known));
        if (p.length() > 0) {
            out.add(p);
        }
    }

    private static MappedText rejoin(List<MappedText> paragraphs) {
        MappedText out = new MappedText();
        boolean[] used = new boolean[paragraphs.size()];
        for (int i = 0; i < paragraphs.size(); i++) {
            if (used[i]) {
                continue;
            }
            if (out.length() > 0) {
                int origin = out.originAt(out.length() - 1) + 1;
                out.append('\n', origin);
                out.append('\n', origin);
            }
            MappedText current = paragraphs.get(i);
            out.appendAll(current);
            while (isOpen(current)) {
                int next = continuation(paragraphs, used, i);
                if (next < 0) {
                    break;
                }
                used[next] = true;
                current = paragraphs.get(next);
                out.appendSeam(current.originAt(0));
                out.appendAll(current);
            }
        }
        return out;
    }

    private static int continuation(List<MappedText> paragraphs, boolean[] used, int from) {
        for (int j = from + 1; j < paragraphs.size() && j <= from + LOOK_AHEAD; j++) {
            if (!used[j] && Character.isLowerCase(paragraphs.get(j).charAt(0))) {
                return j;
            }
        }
        return -1;
    }

    private static boolean isOpen(MappedText p) {
        char last = p.charAt(p.length() - 1);
        return Character.isLetterOrDigit(last) || last == ',' || last == ';' || last == '(' || last == '-';
    }

    private static MappedText paragraph(String raw, int start, int end, WordList known) {
        MappedText out = new MappedText();
        int i = start;
        while (i < end) {
            char c = raw.charAt(i);
            int resume = c == '-' ? lineBreakAfterHyphen(raw, i + 1, end) : -1;
            if (resume > 0 && i > start && !Character.isWhitespace(raw.charAt(i - 1))) {
                if (!isSoft(wordBefore(raw, start, i), wordAfter(raw, resume, end), known)) {
                    out.append('-', i);
                }
                i = resume;
            } else if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && !out.endsWithSpace()) {
                    out.append(' ', i);
                }
                i++;
            } else {
                out.append(c, i);
                i++;
            }
        }
        MappedText trimmed = new MappedText();
        int length = out.endsWithSpace() ? out.length() - 1 : out.length();
        for (int k = 0; k < length; k++) {
            trimmed.append(out.charAt(k), out.originAt(k));
        }
        return trimmed;
    }

    /** Where the next line's text starts when a line break follows {@code from}, else -1. */
    private static int lineBreakAfterHyphen(String raw, int from, int end) {
        int i = from;
        while (i < end && (raw.charAt(i) == ' ' || raw.charAt(i) == '\t')) {
            i++;
        }
        if (i < end && raw.charAt(i) == '\r') {
            i++;
        }
        if (i >= end || raw.charAt(i) != '\n') {
            return -1;
        }
        while (i < end && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i < end ? i : -1;
    }

    private static String wordBefore(String raw, int start, int hyphen) {
        int b = hyphen;
        while (b > start && Character.isLetterOrDigit(raw.charAt(b - 1))) {
            b--;
        }
        return raw.substring(b, hyphen);
    }

    private static String wordAfter(String raw, int from, int end) {
        int e = from;
        while (e < end && Character.isLetterOrDigit(raw.charAt(e))) {
            e++;
        }
        return raw.substring(from, e);
    }

    /** Whether the hyphen between {@code left} and {@code right} at a line end is a soft (typesetting) hyphen. */
    static boolean isSoft(String left, String right, WordList known) {
        if (left.isEmpty() || right.isEmpty() || symbolLike(left) || Character.isUpperCase(right.charAt(0))
                || right.chars().anyMatch(Character::isDigit)) {
            return false;
        }
        if (known.knows(left + right)) {
            return true;
        }
        return !(known.knows(left) && (known.knows(right) || WORD_ENDING.matcher(right).matches()));
    }

    private static boolean symbolLike(String word) {
        return word.chars().anyMatch(Character::isDigit) || word.substring(1).chars().anyMatch(Character::isUpperCase);
    }

    private static MappedText withoutCitations(MappedText p) {
        Matcher m = FUSED_CITATION.matcher(p.string());
        MappedText out = new MappedText();
        int copied = 0;
        while (m.find()) {
            if (!tokenHasLetter(p, m.start())) {
                continue;
            }
            copy(p, out, copied, m.start(1));
            copied = m.end(1);
        }
        copy(p, out, copied, p.length());
        return out;
    }

    private static boolean tokenHasLetter(MappedText p, int period) {
        for (int i = period - 1; i >= 0 && p.charAt(i) != ' '; i--) {
            if (Character.isLetter(p.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static void copy(MappedText from, MappedText to, int start, int end) {
        for (int i = start; i < end; i++) {
            to.append(from.charAt(i), from.originAt(i));
        }
    }
}
