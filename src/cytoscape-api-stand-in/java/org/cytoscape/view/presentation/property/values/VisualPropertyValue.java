// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property.values;

public interface VisualPropertyValue {
    String getDisplayName();

    String getSerializableString();
}
