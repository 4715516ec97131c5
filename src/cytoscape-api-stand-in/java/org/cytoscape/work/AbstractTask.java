// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

public abstract class AbstractTask implements Task {

    protected volatile boolean cancelled;

    private TaskIterator taskIterator;

    public AbstractTask() {
    }

    public final void setTaskIterator(TaskIterator taskIterator) {
        this.taskIterator = taskIterator;
    }

    public TaskIterator getTaskIterator() {
        return taskIterator;
    }

    protected final void insertTasksAfterCurrentTask(Task... newTasks) {
        taskIterator.insertTasksAfter(this, newTasks);
    }

    protected final void insertTasksAfterCurrentTask(TaskIterator newTasks) {
        taskIterator.insertTasksAfter(this, newTasks);
    }

    @Override
    public void cancel() {
        cancelled = true;
    }
}
