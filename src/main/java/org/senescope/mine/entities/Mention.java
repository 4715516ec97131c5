package org.senescope.mine.entities;

import java.util.Objects;

/**
 * A name found in a sentence.
 *
 * @param start   offset of its first character in the sentence
 * @param end     offset just after its last character in the sentence
 * @param surface the text as written
 * @param concept what it stands for
 */
public record Mention(int start, int end, String surface, Concept concept) {

    public Mention {
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(concept, "concept");
        if (start < 0 || end <= start) {
            throw new IllegalArgumentException("bad mention span " + start + ".." + end);
        }
    }
}
