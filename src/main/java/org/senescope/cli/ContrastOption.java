package org.senescope.cli;

import picocli.CommandLine.Option;

import java.util.Optional;

/** {@code --contrast TEST-REFERENCE}, for commands that compare two of the {@code --groups} (a picocli mixin). */
final class ContrastOption {

    @Option(names = "--contrast", paramLabel = "TEST-REF", description = "The two groups to compare, e.g. MUT-WT "
            + "(MUT minus WT on the log scale).")
    String contrast;

    /** The contrast as given, when it was. */
    Optional<String> given() {
        return Optional.ofNullable(contrast);
    }
}
