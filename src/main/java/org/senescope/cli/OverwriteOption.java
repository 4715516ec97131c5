package org.senescope.cli;

import org.senescope.workflow.ExistingFiles;
import picocli.CommandLine.Option;

/**
 * {@code --overwrite}, shared by every command that writes files (a picocli mixin). Without it a run refuses, before
 * writing anything, a folder that already holds a file with a name it would write: Senescope cannot tell its own
 * earlier output from a user's file of the same name, so it replaces neither unless told to.
 */
final class OverwriteOption {

    @Option(names = "--overwrite", description = "Replace files of the same names already in the output folder "
            + "(without it, such a folder is refused and nothing is written). Inputs are never replaced.")
    boolean overwrite;

    /** What writing does with an existing file of the same name. */
    ExistingFiles existingFiles() {
        return overwrite ? ExistingFiles.REPLACE : ExistingFiles.REFUSE;
    }
}
