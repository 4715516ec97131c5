package org.senescope.mine.text;

/**
 * One sentence of a {@link CleanText}.
 *
 * @param start offset of its first character in the cleaned text
 * @param end   offset just after its last character in the cleaned text
 * @param text  its text (seams are spaces)
 */
public record Sentence(int start, int end, String text) {

    public Sentence {
        if (start < 0 || end < start || text.length() != end - start) {
            throw new IllegalArgumentException("bad sentence span " + start + ".." + end);
        }
    }
}
