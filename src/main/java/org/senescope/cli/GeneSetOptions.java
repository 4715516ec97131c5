package org.senescope.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.senescope.workflow.GeneSetChoice;
import org.senescope.workflow.ModuleChoice;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * The gene-set options the analysis commands share (a picocli mixin): GMT files, the network's modules, and the size
 * range; they become the request's {@link GeneSetChoice}.
 */
final class GeneSetOptions {

    @CommandLine.Spec(CommandLine.Spec.Target.MIXEE)
    CommandLine.Model.CommandSpec command;

    @Option(names = "--gene-sets", paramLabel = "FILE", description = "A GMT file; repeat for several.")
    List<Path> files = new ArrayList<>();

    @Option(names = "--modules", description = "Also test the network's modules, put into the data's identifiers.")
    boolean modules;

    @Option(names = "--min-size", description = "Smallest set size in the data (default: 15; 2 when only --modules "
            + "are tested).")
    @Nullable Integer minSize;

    @Option(names = "--max-size", defaultValue = "500",
            description = "Largest set size in the data (default: ${DEFAULT-VALUE}).")
    int maxSize;

    /**
     * The sets asked for, {@code --modules} taken from the bundled network.
     *
     * @throws CommandLine.ParameterException when neither GMT files nor {@code --modules} are given
     * @throws org.senescope.failure.BadRequestException when the size range is empty
     */
    GeneSetChoice choice() {
        return choice(ModuleChoice.bundled());
    }

    /** As {@link #choice()}, {@code --modules} taken from {@code network}. */
    GeneSetChoice choice(ModuleChoice network) {
        if (files.isEmpty() && !modules) {
            throw new CommandLine.ParameterException(command.commandLine(),
                    "give at least one --gene-sets FILE or --modules");
        }
        ModuleChoice moduleChoice = modules ? network : ModuleChoice.none();
        return new GeneSetChoice(files, moduleChoice, minSize != null ? minSize
                : GeneSetChoice.defaultMinSize(files, moduleChoice), maxSize);
    }
}
