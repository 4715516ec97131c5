// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public interface TaskFactory {
    TaskIterator createTaskIterator();

    boolean isReady();

    default boolean isOn() {
        return false;
    }
}
