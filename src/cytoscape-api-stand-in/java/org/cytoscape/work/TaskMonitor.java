// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public interface TaskMonitor {
    enum Level { INFO, WARN, ERROR }

    void setTitle(String title);

    void setProgress(double progress);

    void setStatusMessage(String statusMessage);

    void showMessage(TaskMonitor.Level level, String message);
}
