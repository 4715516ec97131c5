package org.senescope.workflow;

import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.model.format.NetworkFormat;
import org.senescope.output.FileNames;

/**
 * Whether a job writes files, and where: {@link #NONE} for a front end that shows the result itself (the Cytoscape
 * app), or a {@link Folder}. Immutable.
 */
public sealed interface FileOutput permits FileOutput.None, FileOutput.Folder {

    /** No files: the job's values only. */
    FileOutput NONE = new None();

    /** No files. */
    record None() implements FileOutput {
    }

    /**
     * Files in a folder, each named {@code baseName} plus its extension.
     *
     * <p>A {@code baseName} that is not a plain file name is refused with a {@link BadRequestException}.
     *
     * @param directory where the files go, created when missing
     * @param baseName  a plain file name without extension, such as {@code senescence-immunity}
     * @param formats   the network formats to write, each once, in the order given (repeats are ignored)
     */
    record Folder(Path directory, String baseName, List<NetworkFormat> formats) implements FileOutput {
        public Folder {
            Objects.requireNonNull(directory, "directory");
            Objects.requireNonNull(baseName, "baseName");
            formats = formats.stream().distinct().toList();
            if (!isPlainFileName(baseName)) {
                throw new BadRequestException("the base name of the files must be a plain file name, found '"
                        + baseName + "'");
            }
        }

        /** The path of the file named {@code baseName + suffix}. */
        public Path file(String suffix) {
            return directory.resolve(baseName + suffix);
        }
    }

    /** Whether {@code name} can name files in a folder (see {@link FileNames#isPlain}), for front ends that check early. */
    static boolean isPlainFileName(String name) {
        return FileNames.isPlain(name);
    }
}
