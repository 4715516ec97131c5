package org.senescope.cli;

import org.senescope.knowledge.SenescenceImmunityNetwork;
import picocli.CommandLine;
import picocli.CommandLine.Command;

import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.util.List;
import java.util.Objects;

/** The {@code senescope} command and its entry point. */
@Command(name = "senescope",
        mixinStandardHelpOptions = true,
        versionProvider = SenescopeCommand.Version.class,
        description = "The senescence–immunity gene network, built from its seed documents, for Cytoscape and the "
                + "command line.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "2:usage error", "65:bad input data",
                "70:internal error (a bug in Senescope; rerun with --debug for the stack trace)",
                "74:file could not be read or written"})
public final class SenescopeCommand implements Runnable {

    /**
     * The subcommands, in the order {@code --help} lists them. They are added by {@link #commandLine(String...)}
     * rather than named in the annotation, so that a run of one subcommand does not build the models of the others.
     */
    private static final List<Class<?>> SUBCOMMANDS = List.of(NetworkCommand.class, OverlayCommand.class,
            FigureCommand.class, DemoCommand.class, GseaCommand.class, ScoreCommand.class, OraCommand.class,
            CameraCommand.class, ScScoreCommand.class, ScPseudobulkCommand.class, ScOverlayCommand.class,
            MineCommand.class, MergeCommand.class, CommandLine.HelpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Option(names = "--debug", scope = CommandLine.ScopeType.INHERIT,
            description = "On an internal error, print the stack trace too.")
    boolean debug;

    public static void main(String[] args) {
        System.exit(run(console(System.out), console(System.err), args));
    }

    /**
     * A writer over standard output or error in the platform's default charset, named here because it is the right
     * one, unlike for Senescope's files (UTF-8): this text goes to the user's terminal or the next program in a pipe,
     * which read it in the locale's encoding, and on Java 17 the default charset is that encoding (the stream's own,
     * PrintStream.charset(), came in Java 18). It is also what these writers used implicitly before.
     */
    private static PrintWriter console(OutputStream stream) {
        return new PrintWriter(stream, true, Charset.defaultCharset());
    }

    /** Runs the command line with the given streams and returns the exit code, for tests and embedding. */
    public static int run(PrintWriter out, PrintWriter err, String... args) {
        return configured(commandLine(args), out, err).execute(args);
    }

    /**
     * The {@code senescope} command line for {@code args}: with only the subcommand named by the first argument when
     * there is one (other than {@code help}), with none for a lone {@code --version} or {@code -V}, else with all of
     * them. Picocli reads every option of every subcommand it is given by reflection, which was a third of the
     * start-up of a short command; a run of one subcommand, or of the version alone, parses and reports exactly as
     * with all of them, because nothing it prints names the others.
     */
    static CommandLine commandLine(String... args) {
        CommandLine cli = new CommandLine(new SenescopeCommand());
        String first = args.length == 0 ? "" : args[0];
        boolean versionOnly = args.length == 1 && (first.equals("--version") || first.equals("-V"));
        boolean one = SUBCOMMANDS.stream().anyMatch(c -> !c.equals(CommandLine.HelpCommand.class)
                && commandName(c).equals(first));
        for (Class<?> subcommand : SUBCOMMANDS) {
            if (!versionOnly && (!one || commandName(subcommand).equals(first))) {
                cli.addSubcommand(subcommand);
            }
        }
        return cli;
    }

    private static String commandName(Class<?> subcommand) {
        return Objects.requireNonNull(subcommand.getAnnotation(Command.class), "a subcommand is annotated").name();
    }

    /** {@code cli} with the streams and the one mapping of failures to messages and exit codes. */
    static CommandLine configured(CommandLine cli, PrintWriter out, PrintWriter err) {
        cli.setOut(out);
        cli.setErr(err);
        cli.setExitCodeExceptionMapper(ExitCodes::of);
        cli.setExecutionExceptionHandler(SenescopeCommand::report);
        cli.setExecutionStrategy(SenescopeCommand::executeBounded);
        cli.setParameterExceptionHandler((e, a) -> {
            e.getCommandLine().getErr().println("senescope: " + e.getMessage());
            e.getCommandLine().getErr().println("Try 'senescope " + commandPath(e.getCommandLine()) + "--help'.");
            return ExitCodes.USAGE;
        });
        return cli;
    }

    /**
     * The one place a failed command is told to the user: one line naming the command and what went wrong, and for an
     * internal error a line saying so (the stack trace only with {@code --debug}).
     */
    private static int report(Exception failure, CommandLine command, CommandLine.ParseResult parsed) {
        PrintWriter err = command.getErr();
        String name = command.getCommandSpec().qualifiedName(" ");
        int code = ExitCodes.of(failure);
        if (code == ExitCodes.INTERNAL_ERROR) {
            internalError(failure, name + ": internal error, not a problem with your input: " + failure, err, parsed);
        } else if (code == ExitCodes.IO_ERROR) {
            err.println(name + ": " + IoFailureText.of(failure));
        } else {
            err.println(name + ": " + failure.getMessage());
        }
        err.flush();
        return code;
    }

    /** {@code line}, then the stack trace with {@code --debug}, else a hint that it gives one. */
    private static void internalError(Throwable failure, String line, PrintWriter err, CommandLine.ParseResult parsed) {
        err.println(line + (debugRequested(parsed) ? "" : " (rerun with --debug for the stack trace)"));
        if (debugRequested(parsed)) {
            failure.printStackTrace(err);
        }
    }

    /**
     * Runs the command as picocli does, but ends a run the JVM's limits stopped with one line and exit 70, like any
     * internal error, instead of a stack trace and exit 1: out of heap (the memory each command needs is documented,
     * and more can be given) or out of stack. By the time the error reaches here the command's objects are garbage,
     * so the line can be printed.
     */
    private static int executeBounded(CommandLine.ParseResult parsed) {
        try {
            return new CommandLine.RunLast().execute(parsed);
        } catch (OutOfMemoryError | StackOverflowError e) {
            List<CommandLine> commands = parsed.asCommandLineList();
            CommandLine command = commands.get(commands.size() - 1);
            String name = command.getCommandSpec().qualifiedName(" ");
            String line = e instanceof OutOfMemoryError
                    ? name + ": out of memory (Java heap of " + Runtime.getRuntime().maxMemory() / (1 << 20)
                    + " MB); give Java more (java -Xmx4g -jar senescope.jar ...) or a smaller input; see "
                    + "docs/input-formats.md 'Memory'"
                    : name + ": internal error, not a problem with your input: " + e;
            internalError(e, line, command.getErr(), parsed);
            command.getErr().flush();
            return ExitCodes.INTERNAL_ERROR;
        }
    }

    private static boolean debugRequested(CommandLine.ParseResult parsed) {
        return parsed.subcommands().stream().anyMatch(SenescopeCommand::debugRequested)
                || parsed.hasMatchedOption("--debug");
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
