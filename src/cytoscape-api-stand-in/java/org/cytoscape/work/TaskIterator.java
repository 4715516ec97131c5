// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.work;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

public final class TaskIterator implements Iterator<Task> {

    private final List<Task> tasks = new ArrayList<>();
    private int expectedNumTasks;
    private int next;

    public TaskIterator(Task... initialTasks) {
        this(initialTasks.length, initialTasks);
    }

    public TaskIterator(int expectedNumTasks, Task... initialTasks) {
        this.expectedNumTasks = expectedNumTasks;
        for (Task t : initialTasks) {
            append(t);
        }
    }

    public void append(Task newTask) {
        tasks.add(newTask);
        if (newTask instanceof AbstractTask a) {
            a.setTaskIterator(this);
        }
    }

    public void append(TaskIterator newTasks) {
        while (newTasks.hasNext()) {
            append(newTasks.next());
        }
    }

    public void insertTasksAfter(Task referenceTask, Task... newTasks) {
        int reference = tasks.indexOf(referenceTask);
        if (reference < 0) {
            throw new IllegalStateException("invalid reference task in call to insertTaskAfter()!");
        }
        int at = reference + 1;
        for (Task t : newTasks) {
            tasks.add(at++, t);
            if (t instanceof AbstractTask a) {
                a.setTaskIterator(this);
            }
        }
    }

    public void insertTasksAfter(Task referenceTask, TaskIterator newTasks) {
        List<Task> more = new ArrayList<>();
        while (newTasks.hasNext()) {
            more.add(newTasks.next());
        }
        insertTasksAfter(referenceTask, more.toArray(new Task[0]));
    }

    public int getNumTasks() {
        return Math.max(expectedNumTasks, tasks.size());
    }

    @Override
    public boolean hasNext() {
        return next < tasks.size();
    }

    @Override
    public Task next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return tasks.get(next++);
    }
}
