/**
 * Cytoscape.js JSON as Cytoscape Desktop exports it (File &gt; Export &gt; Network to File, .cyjs): network data,
 * node and edge data with the Senescope attribute columns, and node positions from the preset layout. Cytoscape
 * Desktop and Cytoscape.js both read it.
 */
package org.senescope.export.cyjs;
