// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

import java.util.List;

public interface ObservableTask extends Task {
    <R> R getResults(Class<? extends R> type);

    default List<Class<?>> getResultClasses() {
        return List.of(String.class);
    }
}
