package org.senescope.mine.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits cleaned text into sentences: at a paragraph break, and after {@code .}, {@code !} or {@code ?} followed by a
 * space and a capital, digit, bracket or quote, except after an abbreviation ({@code et al.}, {@code e.g.},
 * {@code Fig.}, an initial) or the number
 * of a figure or table ({@code Figure 2. Legend}). Stateless.
 */
public final class SentenceSplitter {

    private static final Set<String> ABBREVIATIONS = Set.of("al", "e.g", "i.e", "fig", "figs", "vs", "dr", "ref",
            "refs", "approx", "cf", "no", "st", "eq", "ca", "resp", "mr", "ms", "prof");

    private static final Set<String> NUMBERED = Set.of("figure", "fig", "table", "box", "panel", "step", "section");

    private SentenceSplitter() {
    }

    /** The sentences of {@code text}, in order, without surrounding spaces; blank stretches give none. */
    public static List<Sentence> split(CleanText text) {
        String s = text.text();
        List<Sentence> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\n') {
                add(out, s, start, i);
                start = i + 1;
            } else if ((c == '.' || c == '!' || c == '?') && endsSentence(s, i)) {
                add(out, s, start, i + 1);
                start = i + 1;
            }
        }
        add(out, s, start, s.length());
        return out;
    }

    private static boolean endsSentence(String s, int i) {
        if (i + 2 >= s.length() || s.charAt(i + 1) != ' ') {
            return i + 1 >= s.length() || s.charAt(i + 1) == '\n';
        }
        char next = s.charAt(i + 2);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || "([\"\u201C'".indexOf(next) >= 0)) {
            return false;
        }
        if (s.charAt(i) != '.') {
            return true;
        }
        int b = i;
        while (b > 0 && s.charAt(b - 1) != ' ' && s.charAt(b - 1) != '(' && s.charAt(b - 1) != '\n') {
            b--;
        }
        String word = s.substring(b, i);
        if (word.chars().allMatch(Character::isDigit) && numberedThing(s, b)) {
            return false;
        }
        return !(ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))
                || (word.length() == 1 && Character.isUpperCase(word.charAt(0))));
    }

    /** Whether the word before {@code at} names a numbered thing ({@code Figure 2. Legend} is one sentence). */
    private static boolean numberedThing(String s, int at) {
        int e = at - 1;
        int b = e;
        while (b > 0 && Character.isLetter(s.charAt(b - 1))) {
            b--;
        }
        return e > b && NUMBERED.contains(s.substring(b, e).toLowerCase(Locale.ROOT));
    }

    private static void add(List<Sentence> out, String s, int start, int end) {
        int a = start;
        int e = end;
        while (a < e && Character.isWhitespace(s.charAt(a))) {
            a++;
        }
        while (e > a && Character.isWhitespace(s.charAt(e - 1))) {
            e--;
        }
        if (a < e) {
            out.add(new Sentence(a, e, s.substring(a, e)));
        }
    }
}
