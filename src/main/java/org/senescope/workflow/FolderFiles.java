package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The files a job may read from a folder of inputs (a curation folder, a seeds folder), to protect them from the
 * job's outputs: every regular file directly in each folder, more than the job reads but never fewer. Stateless.
 */
final class FolderFiles {

    private FolderFiles() {
    }

    /**
     * Every regular file directly in each of {@code folders}, sorted by name within a folder; a folder that does not
     * exist adds none.
     *
     * @throws IOException when a folder cannot be listed
     */
    static List<Path> of(Path... folders) throws IOException {
        List<Path> files = new ArrayList<>();
        for (Path folder : folders) {
            if (Files.isDirectory(folder)) {
                try (Stream<Path> listed = Files.list(folder)) {
                    listed.filter(Files::isRegularFile).sorted().forEach(files::add);
                }
            }
        }
        return files;
    }
}
