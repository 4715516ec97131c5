package org.senescope.mine;

import java.util.Objects;

import org.senescope.mine.entities.Concept;

/**
 * A name found in a document.
 *
 * @param document the document's name
 * @param start    offset of its first character in the original document (UTF-16 units)
 * @param end      offset just after its last character in the original document
 * @param surface  the name as it reads (a line-end hyphen resolved)
 * @param concept  what it stands for
 */
public record FoundEntity(String document, int start, int end, String surface, Concept concept) {

    public FoundEntity {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(surface, "surface");
        Objects.requireNonNull(concept, "concept");
    }
}
