package org.senescope.cli;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The top-level command, which builds only the subcommands a run needs: whatever it builds, the usage, the help of
 * each command, the version and the message for an unknown command are what the whole command line gives.
 */
class SenescopeCommandTest {

    private static final List<String> COMMANDS = List.of("network", "overlay", "figure", "demo", "gsea", "score",
            "ora", "camera", "sc-score", "sc-pseudobulk", "sc-overlay", "mine", "merge", "help");

    @Test
    void theUsageListsEveryCommandInOrder() {
        CliRun help = CliRun.of("--help");
        assertEquals(0, help.exitCode());
        String commands = help.out().substring(help.out().indexOf("Commands:"), help.out().indexOf("Exit codes:"));
        List<String> listed = commands.lines().filter(l -> l.matches("  \\S.*")).map(l -> l.strip().split(" ")[0])
                .toList();
        assertEquals(COMMANDS, listed);
        assertEquals(help, CliRun.of());
    }

    @Test
    void eachCommandsHelpIsTheSameAsWithEveryCommandBuilt() {
        picocli.CommandLine all = SenescopeCommand.commandLine("--help");
        assertEquals(COMMANDS, List.copyOf(all.getSubcommands().keySet()));
        for (String name : COMMANDS.subList(0, COMMANDS.size() - 1)) {
            CliRun help = CliRun.of(name, "--help");
            assertEquals(new CliRun(0, all.getSubcommands().get(name).getUsageMessage(), ""), help, name);
            assertEquals(help, CliRun.of("help", name), name);
            assertEquals(List.of(name), List.copyOf(SenescopeCommand.commandLine(name, "--help").getSubcommands()
                    .keySet()));
        }
    }

    @Test
    void theVersionAloneBuildsNoCommand() {
        assertEquals(new CliRun(0, "senescope 0.1.0\n", ""), CliRun.of("--version"));
        assertEquals(new CliRun(0, "senescope 0.1.0\n", ""), CliRun.of("-V"));
        assertEquals(List.of(), List.copyOf(SenescopeCommand.commandLine("--version").getSubcommands().keySet()));
        assertEquals(COMMANDS, List.copyOf(SenescopeCommand.commandLine("--version", "camera").getSubcommands()
                .keySet()));
    }

    @Test
    void anUnknownCommandIsAUsageErrorNamingIt() {
        assertEquals(new CliRun(2, "", "senescope: Unmatched argument at index 0: 'plot'\nTry 'senescope --help'.\n"),
                CliRun.of("plot"));
    }
}
