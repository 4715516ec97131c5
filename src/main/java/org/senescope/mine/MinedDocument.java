package org.senescope.mine;

import java.util.List;

/**
 * What the miner found in one document.
 *
 * @param document   the document's name
 * @param sentences  how many sentences it read
 * @param entities   every name found, in document order
 * @param candidates every relation read, in document order
 */
public record MinedDocument(String document, int sentences, List<FoundEntity> entities,
        List<CandidateClaim> candidates) {

    public MinedDocument {
        entities = List.copyOf(entities);
        candidates = List.copyOf(candidates);
    }
}
