package org.senescope.cli;

import org.senescope.knowledge.SenescenceImmunityNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.PrintWriter;

/** The {@code senescope} command and its entry point. */
@Command(name = "senescope",
        mixinStandardHelpOptions = true,
        versionProvider = SenescopeCommand.Version.class,
        description = "The senescence–immunity gene network, built from its seed documents, for Cytoscape and the "
                + "command line.",
        subcommands = {NetworkCommand.class, OverlayCommand.class, FigureCommand.class, DemoCommand.class,
                GseaCommand.class, ScoreCommand.class, OraCommand.class, CameraCommand.class,
                CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error", "65:bad input data", "74:file could not be read or written"})
public final class SenescopeCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    public static void main(String[] args) {
        System.exit(run(new PrintWriter(System.out, true), new PrintWriter(System.err, true), args));
    }

    /** Runs the command line with the given streams and returns the exit code, for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        CommandLine cli = new CommandLine(new SenescopeCommand());
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(t -> ExitCodes.USAGE);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("senescope: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'senescope " + commandPath(e.getCommandLine()) + "--help'.");
            return ExitCodes.USAGE;
        });
        return cli.execute(args);
    }

    private static String commandPath(CommandLine cl) {
        String qualified = cl.getCommandSpec().qualifiedName(" ");
        String rest = qualified.startsWith("senescope") ? qualified.substring("senescope".length()).strip() : qualified;
        return rest.isEmpty() ? "" : rest + " ";
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Reports the version from the jar's manifest. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"senescope " + SenescenceImmunityNetwork.version()};
        }
    }
}
