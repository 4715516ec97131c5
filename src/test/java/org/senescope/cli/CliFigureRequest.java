package org.senescope.cli;

import org.senescope.workflow.FigureRequest;
import picocli.CommandLine;

/** The figure request {@code senescope figure} builds from its options, for tests outside this package. */
public final class CliFigureRequest {

    private CliFigureRequest() {
    }

    /** The request of {@code senescope figure ARGS} (without {@code --recipe}). */
    public static FigureRequest of(String... args) {
        FigureCommand command = new FigureCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }
}
