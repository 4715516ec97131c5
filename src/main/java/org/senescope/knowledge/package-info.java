/**
 * The knowledge the network is built from: the seed documents, the curation that reads claims out of them, the check
 * that every quote really stands in its seed, and the assembly of claims into a {@link org.senescope.model.Network}.
 * Depends on the model, the gene tables and {@link org.senescope.input}; performs no export and knows nothing of
 * Cytoscape or the command line.
 */
package org.senescope.knowledge;
