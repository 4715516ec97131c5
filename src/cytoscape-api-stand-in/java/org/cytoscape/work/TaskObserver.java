// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public interface TaskObserver {
    void taskFinished(ObservableTask task);

    void allFinished(FinishStatus finishStatus);
}
