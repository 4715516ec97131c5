package org.senescope.cli;

import org.senescope.workflow.CameraRequest;
import org.senescope.workflow.GseaRequest;
import org.senescope.workflow.OraRequest;
import org.senescope.workflow.ScoreRequest;
import picocli.CommandLine;

/**
 * The command line driven from tests outside this package (the workflow's parity tests): the request a command builds
 * from its arguments, and a whole run.
 */
public final class CommandRequests {

    private CommandRequests() {
    }

    /** What a run printed, and its exit code. */
    public record Printed(int exitCode, String out, String err) {
    }

    /** Runs {@code senescope ARGS} in-process. */
    public static Printed run(String... args) {
        CliRun run = CliRun.of(args);
        return new Printed(run.exitCode(), run.out(), run.err());
    }

    /** The request {@code senescope gsea ARGS} builds. */
    public static GseaRequest gsea(String... args) {
        GseaCommand command = new GseaCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }

    /** The request {@code senescope score ARGS} builds. */
    public static ScoreRequest score(String... args) {
        ScoreCommand command = new ScoreCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }

    /** The request {@code senescope camera ARGS} builds. */
    public static CameraRequest camera(String... args) {
        CameraCommand command = new CameraCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }

    /** The request {@code senescope ora ARGS} builds. */
    public static OraRequest ora(String... args) {
        OraCommand command = new OraCommand();
        new CommandLine(command).parseArgs(args);
        return command.request();
    }
}
