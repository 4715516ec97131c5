package org.senescope.render.recipe;

import java.util.Objects;

/**
 * One input file of a figure.
 *
 * @param path      as given, or relative to the recipe's folder when it lies inside it; {@code default} for the
 *                  network bundled in Senescope
 * @param sha256    the file's SHA-256, lower-case hex; for the bundled network, the SHA-256 of its Cytoscape.js export
 * @param condition the overlay condition it supplies, empty for the network
 */
public record RecipeInput(String path, String sha256, String condition) {
    public RecipeInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(condition, "condition");
    }
}
