// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

public interface VisualProperty<T> {
    String getIdString();

    String getDisplayName();

    T getDefault();

    String toSerializableString(T value);

    T parseSerializableString(String value);
}
