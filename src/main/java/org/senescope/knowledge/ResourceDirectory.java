package org.senescope.knowledge;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

import org.senescope.input.BoundedInput;

/**
 * A folder of named input files: a directory on disk, or a folder of resources bundled in the jar. Streams returned by
 * {@link #open} belong to the caller, who closes them.
 */
public interface ResourceDirectory {

    /**
     * Opens the named file.
     *
     * @throws NoSuchFileException when there is no such file
     * @throws IOException         when it cannot be read
     */
    InputStream open(String name) throws IOException;

    /** The name the user knows the file by, for messages: a path, or the bundled resource's name. */
    String describe(String name);

    /** A directory on disk. */
    static ResourceDirectory of(Path directory) {
        return new ResourceDirectory() {
            @Override
            public InputStream open(String name) throws IOException {
                return BoundedInput.openRaw(directory.resolve(name));
            }

            @Override
            public String describe(String name) {
                return directory.resolve(name).toString();
            }
        };
    }

    /**
     * Resources bundled in the jar under a folder such as {@code org/senescope/curation}. Looked up through this
     * interface's own class loader, which under OSGi is the bundle's.
     */
    static ResourceDirectory bundled(String folder) {
        return new ResourceDirectory() {
            @Override
            public InputStream open(String name) throws IOException {
                InputStream in = ResourceDirectory.class.getClassLoader().getResourceAsStream(folder + "/" + name);
                if (in == null) {
                    throw new NoSuchFileException(describe(name));
                }
                return in;
            }

            @Override
            public String describe(String name) {
                return "bundled " + folder + "/" + name;
            }
        };
    }
}
