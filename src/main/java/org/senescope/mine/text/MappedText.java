package org.senescope.mine.text;

import java.util.Arrays;
import java.util.BitSet;

/** A growing text that remembers the original offset of every character it is given. Not thread-safe. */
final class MappedText {

    private final StringBuilder text = new StringBuilder();
    private int[] origins = new int[64];
    private final BitSet seams = new BitSet();

    void append(char c, int origin) {
        if (text.length() == origins.length) {
            origins = Arrays.copyOf(origins, origins.length * 2);
        }
        origins[text.length()] = origin;
        text.append(c);
    }

    void appendSeam(int origin) {
        seams.set(text.length());
        append(' ', origin);
    }

    void appendAll(MappedText other) {
        for (int i = 0; i < other.length(); i++) {
            if (other.seams.get(i)) {
                appendSeam(other.origins[i]);
            } else {
                append(other.text.charAt(i), other.origins[i]);
            }
        }
    }

    int length() {
        return text.length();
    }

    char charAt(int i) {
        return text.charAt(i);
    }

    int originAt(int i) {
        return origins[i];
    }

    boolean endsWithSpace() {
        return text.length() > 0 && text.charAt(text.length() - 1) == ' ';
    }

    String string() {
        return text.toString();
    }

    CleanText done() {
        return new CleanText(text.toString(), Arrays.copyOf(origins, text.length()), seams);
    }
}
