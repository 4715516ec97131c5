package org.senescope.cli;

import java.util.Optional;

import org.senescope.workflow.ContrastChoice;
import picocli.CommandLine.Option;

/** {@code --contrast TEST-REFERENCE}, for commands that compare two of the {@code --groups} (a picocli mixin). */
final class ContrastOption {

    @Option(names = "--contrast", paramLabel = "TEST-REF", description = "The two groups to compare, e.g. MUT-WT "
            + "(MUT minus WT on the log scale).")
    String contrast;

    /** The contrast as given, when it was. */
    Optional<String> given() {
        return Optional.ofNullable(contrast);
    }

    /** The request's contrast. */
    ContrastChoice choice() {
        return contrast == null ? new ContrastChoice.Unspecified() : new ContrastChoice.Named(contrast);
    }
}
