/**
 * Cytoscape's own XML formats: the network as Cytoscape 3 XGMML (typed attributes, layout and per-element graphics),
 * and the Senescope visual style as a Cytoscape Style XML file for File &gt; Import &gt; Styles from File.
 */
package org.senescope.export.xgmml;
