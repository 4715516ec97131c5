package org.senescope.cli;

import java.util.List;

import org.senescope.workflow.NetworkRequest;
import org.senescope.workflow.OverlayRequest;
import picocli.CommandLine;

/**
 * The command line as tests outside this package see it (the workflow's parity tests): the request a command builds
 * from its arguments, and a whole run with what it printed.
 */
public final class CliRequests {

    private CliRequests() {
    }

    /** What one run printed and returned. */
    public record Printed(int exitCode, List<String> out, List<String> err) {
    }

    /** The request {@code senescope network ARGS} runs. */
    public static NetworkRequest network(String... args) {
        NetworkCommand command = new NetworkCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }

    /** The request {@code senescope overlay ARGS} runs. */
    public static OverlayRequest overlay(String... args) {
        OverlayCommand command = new OverlayCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }

    /** Runs {@code senescope ARGS} in-process. */
    public static Printed run(String... args) {
        CliRun run = CliRun.of(args);
        return new Printed(run.exitCode(), run.out().lines().toList(), run.err().lines().toList());
    }
}
