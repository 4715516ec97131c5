// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public interface Task {
    void run(TaskMonitor taskMonitor) throws Exception;

    void cancel();
}
