/**
 * CX2, the Cytoscape Exchange format version 2 of NDEx and Cytoscape Web, which Cytoscape 3.10 also opens: network,
 * node and edge attributes with declared types, the preset layout as node coordinates, and the Senescope style as
 * portable visual properties.
 */
package org.senescope.export.cx2;
