package org.senescope.render.recipe;

import java.util.Objects;

/**
 * One input file of a figure.
 *
 * @param path      as given, or relative to the recipe's folder when it lies inside it; {@code default} for the
 *                  network bundled in Senescope; {@value #VIEW_PREFIX} and a name for a network or data drawn from a
 *                  Cytoscape view
 * @param sha256    the file's SHA-256, lower-case hex; for a network, the SHA-256 of its Cytoscape.js export
 *                  ({@link NetworkFingerprint}); for data drawn from a view, {@link OverlayFingerprint}'s
 * @param condition the overlay condition it supplies, empty for the network
 */
public record RecipeInput(String path, String sha256, String condition) {

    /** How a recipe names a network or data taken from a Cytoscape view rather than read from a file. */
    public static final String VIEW_PREFIX = "cytoscape:";

    public RecipeInput {
        Objects.requireNonNull(path, "path");
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(condition, "condition");
    }
}
