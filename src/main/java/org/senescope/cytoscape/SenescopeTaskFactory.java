package org.senescope.cytoscape;

import java.util.Objects;
import java.util.function.Supplier;

import org.cytoscape.work.AbstractTaskFactory;
import org.cytoscape.work.Task;
import org.cytoscape.work.TaskIterator;

/**
 * One of Senescope's menu items and commands: each call makes a new task from the supplier (a task holds one run's
 * Tunables and result). Registered by {@link CyActivator} with the task's service properties. Thread-safe.
 */
public final class SenescopeTaskFactory extends AbstractTaskFactory {

    private final Supplier<? extends Task> tasks;

    SenescopeTaskFactory(Supplier<? extends Task> tasks) {
        this.tasks = Objects.requireNonNull(tasks, "tasks");
    }

    @Override
    public TaskIterator createTaskIterator() {
        return new TaskIterator(tasks.get());
    }
}
