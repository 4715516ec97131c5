// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

import org.cytoscape.model.CyIdentifiable;

public interface VisualProperty<T> {
    Range<T> getRange();

    T getDefault();

    String getIdString();

    String getDisplayName();

    String toSerializableString(T value);

    T parseSerializableString(String value);

    boolean shouldIgnoreDefault();

    Class<? extends CyIdentifiable> getTargetDataType();
}
