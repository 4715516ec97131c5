// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public abstract class AbstractTaskFactory implements TaskFactory {
    public AbstractTaskFactory() {
    }

    @Override
    public boolean isReady() {
        return true;
    }
}
