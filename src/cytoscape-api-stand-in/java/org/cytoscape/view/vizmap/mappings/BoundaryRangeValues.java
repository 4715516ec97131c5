// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.vizmap.mappings;

public final class BoundaryRangeValues<T> {

    public T lesserValue;
    public T equalValue;
    public T greaterValue;

    public BoundaryRangeValues(T lesser, T equal, T greater) {
        this.lesserValue = lesser;
        this.equalValue = equal;
        this.greaterValue = greater;
    }
}
