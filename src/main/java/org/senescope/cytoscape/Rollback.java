package org.senescope.cytoscape;

/**
 * Takes back what a task did before it failed: runs each undo step in turn; a step that fails too is added to the
 * task's failure as a suppressed exception and the remaining steps still run, so the user sees the first failure.
 */
final class Rollback {

    private Rollback() {
    }

    /** Runs {@code steps} in order after {@code failure}. */
    static void of(RuntimeException failure, Runnable... steps) {
        for (Runnable step : steps) {
            try {
                step.run();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
    }
}
