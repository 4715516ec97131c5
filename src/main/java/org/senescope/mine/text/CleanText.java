package org.senescope.mine.text;

import java.util.Arrays;
import java.util.BitSet;

/**
 * A document's text as the miner reads it, with the offset in the original document of each of its characters.
 * Paragraphs are separated by {@code "\n\n"}; a <em>seam</em> is a space where a sentence resumes after a block (an
 * abstract, a figure legend) that interrupted it in the original. Immutable.
 */
public final class CleanText {

    private final String text;
    private final int[] origins;
    private final BitSet seams;

    CleanText(String text, int[] origins, BitSet seams) {
        if (origins.length != text.length()) {
            throw new IllegalArgumentException("one origin per character expected");
        }
        this.text = text;
        this.origins = origins.clone();
        this.seams = (BitSet) seams.clone();
    }

    /** The cleaned text. */
    public String text() {
        return text;
    }

    /** Offset in the original document of the character at {@code index} of {@link #text()}. */
    public int originOf(int index) {
        return origins[index];
    }

    /** Offset in the original just after the character before {@code end}: the original end of a span. */
    public int originEnd(int end) {
        return end == 0 ? 0 : origins[end - 1] + 1;
    }

    /** Whether the character at {@code index} is a seam: a space standing for an inserted block. */
    public boolean isSeam(int index) {
        return seams.get(index);
    }

    /** The span's text as a quote: a seam is written {@code " … "}, so the quote still matches the original. */
    public String quote(int start, int end) {
        StringBuilder b = new StringBuilder(end - start);
        for (int i = start; i < end; i++) {
            b.append(seams.get(i) ? " … " : String.valueOf(text.charAt(i)));
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return "CleanText[" + text.length() + " chars, " + seams.cardinality() + " seams, first origins "
                + Arrays.toString(Arrays.copyOf(origins, Math.min(3, origins.length))) + "]";
    }
}
