// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work.util;

import java.util.Arrays;
import java.util.List;

public final class ListSingleSelection<T> extends ListSelection<T> {
    private T selected;

    // The array only reaches Arrays.asList, which reads it; javac's lint cannot see that (the JDK's List.of does the same).
    @SafeVarargs
    @SuppressWarnings("varargs")
    public ListSingleSelection(T... values) {
        this(Arrays.asList(values));
    }

    public ListSingleSelection(List<T> values) {
        super(values);
        if (!this.values.isEmpty()) {
            selected = this.values.get(0);
        }
    }

    public T getSelectedValue() {
        return selected;
    }

    public void setSelectedValue(T value) {
        selected = value;
    }
}
