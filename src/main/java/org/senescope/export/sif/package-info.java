/**
 * Simple Interaction Format with its companion attribute tables: {@code source<TAB>relation<TAB>target} lines for
 * Cytoscape's network import, and node and edge tables (tab-separated, one header row) for its Import Table from File,
 * keyed by Cytoscape's {@code shared name}.
 */
package org.senescope.export.sif;
