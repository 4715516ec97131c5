package org.senescope.cytoscape;

import java.io.File;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

import org.cytoscape.command.CommandExecutorTaskFactory;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.Task;
import org.cytoscape.work.TaskIterator;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.TaskObserver;

/**
 * Cytoscape 3.10.3's command executor for a POST body, as its sources read (CommandExecutorTask, TFExecutor): the
 * iterator holds one task that makes the command's task, sets its Tunables from the arguments as the executor does
 * ({@link CyRestBody}), runs it with the monitor it was given and hands it to the observer's {@code taskFinished}.
 * A failure propagates. Records the arguments of each call. Not thread-safe.
 */
final class MemoryCommandExecutor implements CommandExecutorTaskFactory {

    /** The namespace, command and arguments of each call, in order. */
    final List<String> calls = new ArrayList<>();

    private final Map<String, Supplier<? extends Task>> commands;

    MemoryCommandExecutor(Map<String, Supplier<? extends Task>> commands) {
        this.commands = new LinkedHashMap<>(commands);
    }

    @Override
    public TaskIterator createTaskIterator(String namespace, String command, Map<String, Object> args,
            TaskObserver observer) {
        calls.add(namespace + " " + command + " " + args);
        return new TaskIterator(new AbstractTask() {
            @Override
            public void run(TaskMonitor monitor) throws Exception {
                Supplier<? extends Task> made = commands.get(command);
                if (made == null || !namespace.equals(SenescopeColumns.NAMESPACE)) {
                    throw new RuntimeException("Failed to find command: '" + command + "' (from namespace: "
                            + namespace + ")");
                }
                Task task = made.get();
                CyRestBody.apply(args, task);
                task.run(monitor);
                if (task instanceof ObservableTask observable) {
                    observer.taskFinished(observable);
                }
            }
        });
    }

    @Override
    public TaskIterator createTaskIterator(File commandFile, TaskObserver observer) {
        throw new UnsupportedOperationException("command files are not used");
    }

    @Override
    public TaskIterator createTaskIterator(TaskObserver observer, String... commandLines) {
        throw new UnsupportedOperationException("command lines are not used");
    }

    @Override
    public TaskIterator createTaskIterator(List<String> commandLines, TaskObserver observer) {
        throw new UnsupportedOperationException("command lines are not used");
    }
}
