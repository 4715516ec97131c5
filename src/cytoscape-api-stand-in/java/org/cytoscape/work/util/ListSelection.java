// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work.util;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

public class ListSelection<T> {
    protected List<T> values;

    public ListSelection(List<T> values) {
        this.values = List.copyOf(Objects.requireNonNull(values, "values"));
    }

    public List<T> getPossibleValues() {
        return new ArrayList<>(values);
    }
}
