package org.senescope.workflow;

import java.util.Objects;
import java.util.Optional;

import org.senescope.model.Network;

/**
 * Whether a network's modules are tested as gene sets, and which network's: none, or the network a
 * {@link NetworkOrigin} names (the bundled one or a curation folder). Immutable; nulls are not accepted.
 */
public sealed interface ModuleChoice {

    /** No modules. */
    record None() implements ModuleChoice {
    }

    /**
     * The modules of {@code network}.
     *
     * @param network where the network comes from
     */
    record Of(NetworkOrigin network) implements ModuleChoice {
        public Of {
            Objects.requireNonNull(network, "network");
        }
    }

    /** No modules. */
    static ModuleChoice none() {
        return new None();
    }

    /** The bundled network's modules. */
    static ModuleChoice bundled() {
        return new Of(new NetworkOrigin.Bundled());
    }

    /** The network whose modules are tested; empty for {@link None}. */
    default Optional<NetworkOrigin> origin() {
        return this instanceof Of of ? Optional.of(of.network()) : Optional.empty();
    }

    /** The network as recipes and settings name it ({@value NetworkOrigin#BUNDLED_NAME} or the folder). */
    default Optional<String> networkName() {
        return origin().map(NetworkOrigin::recipePath);
    }

    /**
     * Builds the network, when there is one to build.
     *
     * @throws org.senescope.failure.BadRequestException when a curation folder is not a folder
     * @throws org.senescope.knowledge.CurationException when the curation does not build (bad data)
     */
    default Optional<Network> load() {
        return origin().map(NetworkOrigin::load);
    }
}
