// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.model;

/** The values a visual property may take. */
public interface Range<T> {
    Class<T> getType();

    boolean isDiscrete();

    boolean inRange(T value);
}
