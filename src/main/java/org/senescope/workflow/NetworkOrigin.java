package org.senescope.workflow;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

import org.senescope.failure.BadRequestException;
import org.senescope.knowledge.ResourceDirectory;
import org.senescope.knowledge.SenescenceImmunityNetwork;
import org.senescope.model.Network;
import org.senescope.render.recipe.RecipeInput;

/**
 * Where the network a figure draws comes from: the network bundled in Senescope, one built from a curation folder, or
 * one an application has already drawn (a Cytoscape view, its positions and labels included). Each names itself in a
 * figure's recipe. Immutable; nulls are not accepted.
 */
public sealed interface NetworkOrigin {

    /** How the bundled network is named on the command line and in recipes. */
    String BUNDLED_NAME = "default";

    /** How recipes name a network drawn from an application's view: this prefix, then the network's name there. */
    String VIEW_PREFIX = RecipeInput.VIEW_PREFIX;

    /**
     * The network.
     *
     * @throws org.senescope.knowledge.CurationException when the curation does not build
     * @throws BadRequestException                       when a curation folder no longer exists
     */
    Network load();

    /**
     * The files {@link #load} reads, to protect them from a job's outputs: none for a bundled network or a view.
     *
     * @throws IOException when a curation folder cannot be listed
     */
    default List<Path> files() throws IOException {
        return List.of();
    }

    /** How the recipe names this network: {@value #BUNDLED_NAME}, the folder, or {@value #VIEW_PREFIX}NAME. */
    String recipePath();

    /**
     * The origin a command-line value or a recipe names: {@value #BUNDLED_NAME} for the bundled network, else a
     * curation folder.
     *
     * @throws BadRequestException when {@code text} is neither {@value #BUNDLED_NAME} nor an existing folder
     */
    static NetworkOrigin parse(String text) {
        if (text.equals(BUNDLED_NAME)) {
            return new Bundled();
        }
        CurationFolder folder = new CurationFolder(Path.of(text));
        folder.check();
        return folder;
    }

    /** The network built from the seeds and curation bundled in Senescope. */
    record Bundled() implements NetworkOrigin {
        @Override
        public Network load() {
            return SenescenceImmunityNetwork.buildBundled();
        }

        @Override
        public String recipePath() {
            return BUNDLED_NAME;
        }
    }

    /**
     * A network built from a curation folder (nodes.tsv, claims.tsv, modules.tsv, sources.tsv, optional layout.tsv),
     * its seeds in the folder's {@code seeds/} subfolder, else the bundled seeds; without layout.tsv a figure lays it
     * out automatically.
     *
     * @param folder the curation folder
     */
    record CurationFolder(Path folder) implements NetworkOrigin {
        public CurationFolder {
            Objects.requireNonNull(folder, "folder");
        }

        @Override
        public Network load() {
            check();
            Path seeds = folder.resolve("seeds");
            ResourceDirectory seedFolder = Files.isDirectory(seeds) ? ResourceDirectory.of(seeds)
                    : ResourceDirectory.bundled(SenescenceImmunityNetwork.BUNDLED_SEEDS);
            return SenescenceImmunityNetwork.build(ResourceDirectory.of(folder), seedFolder,
                    SenescenceImmunityNetwork.bundledGenes());
        }

        @Override
        public String recipePath() {
            return folder.toString();
        }

        @Override
        public List<Path> files() throws IOException {
            return FolderFiles.of(folder, folder.resolve("seeds"));
        }

        private void check() {
            if (!Files.isDirectory(folder)) {
                throw new BadRequestException("the network must be '" + BUNDLED_NAME + "' or a curation folder, found '"
                        + folder + "'");
            }
        }
    }

    /**
     * A network an application has drawn, as its view shows it; its recipe records it by name and checksum, and the
     * command line cannot remake it.
     *
     * @param network the network, at the view's positions
     * @param name    the network's name in the application
     */
    record View(Network network, String name) implements NetworkOrigin {
        public View {
            Objects.requireNonNull(network, "network");
            Objects.requireNonNull(name, "name");
        }

        @Override
        public Network load() {
            return network;
        }

        @Override
        public String recipePath() {
            return VIEW_PREFIX + name;
        }
    }
}
