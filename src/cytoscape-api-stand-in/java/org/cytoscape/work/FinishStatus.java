// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public final class FinishStatus {

    public enum Type {
        SUCCEEDED,
        CANCELLED,
        FAILED
    }

    private static final FinishStatus SUCCEEDED = new FinishStatus(Type.SUCCEEDED, null, null);

    final Type type;
    final Task task;
    final Exception exception;

    protected FinishStatus(Type type, Task task, Exception exception) {
        this.type = type;
        this.task = task;
        this.exception = exception;
    }

    public static FinishStatus getSucceeded() {
        return SUCCEEDED;
    }

    public static FinishStatus newCancelled(Task cancelledTask) {
        return new FinishStatus(Type.CANCELLED, cancelledTask, null);
    }

    public static FinishStatus newFailed(Task failedTask, Exception exception) {
        return new FinishStatus(Type.FAILED, failedTask, exception);
    }

    public Type getType() {
        return type;
    }

    public Task getTask() {
        return task;
    }

    public Exception getException() {
        return exception;
    }
}
