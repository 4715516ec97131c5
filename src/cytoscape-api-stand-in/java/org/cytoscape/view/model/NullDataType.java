// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

/** The data type of a lexicon's root visual property. */
public interface NullDataType {
}
