// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.command;

import java.io.File;
import java.util.List;
import java.util.Map;

import org.cytoscape.work.TaskIterator;
import org.cytoscape.work.TaskObserver;

public interface CommandExecutorTaskFactory {
    TaskIterator createTaskIterator(File commandFile, TaskObserver observer);

    TaskIterator createTaskIterator(TaskObserver observer, String... commands);

    TaskIterator createTaskIterator(List<String> commands, TaskObserver observer);

    TaskIterator createTaskIterator(String namespace, String command, Map<String, Object> args, TaskObserver observer);
}
