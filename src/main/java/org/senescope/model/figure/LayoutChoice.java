package org.senescope.model.figure;

/**
 * Where node positions come from: the network's own preset layout (the curated one for the bundled network), or the
 * seeded automatic layout, which gives the same positions for the same network and seed.
 *
 * @param automatic false for the preset layout
 * @param seed      the automatic layout's random seed; ignored for the preset
 */
public record LayoutChoice(boolean automatic, long seed) {

    /** The network's preset layout. */
    public static final LayoutChoice PRESET = new LayoutChoice(false, 0);

    /** The automatic layout with {@code seed}. */
    public static LayoutChoice automatic(long seed) {
        return new LayoutChoice(true, seed);
    }

    /** In words, for captions and methods text. */
    public String describe() {
        return automatic ? "automatic force-directed layout (Fruchterman–Reingold, seed " + seed + ")"
                : "the network's preset layout (its own node positions)";
    }
}
