package org.senescope.workflow;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * An over-representation analysis, as {@code senescope ora} asks for it. Immutable.
 *
 * @param genes      the selected genes, one a line ({@link GeneListFile})
 * @param background the universe the selection was drawn from
 * @param geneSets   the sets to test and their size range (counted in the background)
 * @param directory  the folder to write into
 */
public record OraRequest(Path genes, Background background, GeneSetChoice geneSets, Path directory) {

    public OraRequest {
        Objects.requireNonNull(genes, "genes");
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(geneSets, "geneSets");
        Objects.requireNonNull(directory, "directory");
    }

    /** The background (universe) of an ORA. */
    public sealed interface Background {

        /**
         * Every gene that could have been selected, one a line.
         *
         * @param file the file as the user named it
         */
        record GeneFile(Path file) implements Background {
            public GeneFile {
                Objects.requireNonNull(file, "file");
            }
        }

        /** Every gene of the gene sets. */
        record FromSets() implements Background {
        }
    }

    /** The files this request reads: the selection, the background's file when it has one, and the GMT files. */
    public List<Path> inputs() {
        List<Path> files = new ArrayList<>(List.of(genes));
        if (background instanceof Background.GeneFile file) {
            files.add(file.file());
        }
        files.addAll(geneSets.gmtFiles());
        return List.copyOf(files);
    }
}
