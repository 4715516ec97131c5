package org.senescope.cytoscape;

import java.util.ArrayList;
import java.util.List;

import org.cytoscape.work.TaskMonitor;

/** A {@link TaskMonitor} that keeps what the task reported, and can run an action when progress passes a mark. */
final class RecordingTaskMonitor implements TaskMonitor {

    final List<String> statuses = new ArrayList<>();
    final List<String> messages = new ArrayList<>();
    final List<Double> progress = new ArrayList<>();
    String title = "";
    private double mark = Double.MAX_VALUE;
    private Runnable atMark = () -> { };

    /** Runs {@code action} once, the first time progress reaches {@code at}; tests cancel a task this way. */
    RecordingTaskMonitor whenProgressReaches(double at, Runnable action) {
        this.mark = at;
        this.atMark = action;
        return this;
    }

    @Override
    public void setTitle(String title) {
        this.title = title;
    }

    @Override
    public void setProgress(double value) {
        progress.add(value);
        if (value >= mark) {
            mark = Double.MAX_VALUE;
            atMark.run();
        }
    }

    @Override
    public void setStatusMessage(String statusMessage) {
        statuses.add(statusMessage);
    }

    @Override
    public void showMessage(Level level, String message) {
        messages.add(level + " " + message);
    }
}
