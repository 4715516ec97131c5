// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import org.cytoscape.view.presentation.property.values.ArrowShape;
import org.cytoscape.view.presentation.property.values.LineType;
import org.cytoscape.view.presentation.property.values.NodeShape;

/** Not part of the real API: the stand-in's one implementation of shape, arrow and line values. */
record StandInValue(String getDisplayName, String getSerializableString) implements NodeShape, ArrowShape, LineType {
    static StandInValue of(String serializable) {
        return new StandInValue(serializable, serializable);
    }
}
