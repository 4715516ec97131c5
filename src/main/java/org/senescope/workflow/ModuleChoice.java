package org.senescope.workflow;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Objects;
import java.util.Optional;

import org.senescope.failure.BadRequestException;
import org.senescope.model.Network;

/** Whether the network's modules are tested as gene sets, and which network's: none, the bundled one, or a curation. */
public sealed interface ModuleChoice {

    /** No modules. */
    record None() implements ModuleChoice {
    }

    /** The modules of the network bundled in Senescope. */
    record Bundled() implements ModuleChoice {
    }

    /**
     * The modules of the network built from a curation folder ({@link NetworkOrigin.CurationFolder} says what it
     * holds).
     *
     * @param folder the folder as the user named it
     */
    record CurationFolder(Path folder) implements ModuleChoice {
        public CurationFolder {
            Objects.requireNonNull(folder, "folder");
        }
    }

    /** No modules. */
    static ModuleChoice none() {
        return new None();
    }

    /** The bundled network's modules. */
    static ModuleChoice bundled() {
        return new Bundled();
    }

    /**
     * The network's name as the command line's {@code --network} takes it and the figure recipe records it:
     * {@value NetworkOrigin#BUNDLED_NAME} or the folder; empty for {@link None}.
     */
    default Optional<String> networkName() {
        if (this instanceof CurationFolder folder) {
            return Optional.of(folder.folder().toString());
        }
        return this instanceof Bundled ? Optional.of(NetworkOrigin.BUNDLED_NAME) : Optional.empty();
    }

    /**
     * Builds the network, when there is one to build.
     *
     * @throws BadRequestException                        when a curation folder is not a folder
     * @throws org.senescope.knowledge.CurationException when the curation does not build (bad data)
     */
    default Optional<Network> load() {
        if (this instanceof CurationFolder folder && !Files.isDirectory(folder.folder())) {
            throw new BadRequestException("--network: expected 'default' or a curation folder, found '"
                    + folder.folder() + "'");
        }
        return origin().map(NetworkOrigin::load);
    }

    /** The network whose modules are tested, as the figure job names networks; empty for {@link None}. */
    default Optional<NetworkOrigin> origin() {
        if (this instanceof CurationFolder folder) {
            return Optional.of(new NetworkOrigin.CurationFolder(folder.folder()));
        }
        return this instanceof Bundled ? Optional.of(new NetworkOrigin.Bundled()) : Optional.empty();
    }
}
