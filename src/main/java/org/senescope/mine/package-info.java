/**
 * The literature miner: reads a document's text, finds the genes and network nodes it names ({@code entities}) and
 * the relations its sentences state between them ({@code relations}), and proposes them as candidate claims in the
 * curation's own columns, with the evidence for each. Candidates are proposals for a curator, never edges. Depends on
 * {@link org.senescope.model} and {@link org.senescope.genes} only; writes nothing.
 */
package org.senescope.mine;
