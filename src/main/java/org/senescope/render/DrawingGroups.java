package org.senescope.render;

/**
 * What a drawing tells its back end about the elements it draws: each element is drawn between {@link #begin} and
 * {@link #end}, and groups may nest. The SVG back end turns them into {@code <g>} elements; the bitmap and PDF back ends
 * draw with {@link #NONE}, so grouping cannot change their output. Implementations need not be thread-safe: one
 * serves one drawing as it draws.
 */
public interface DrawingGroups {

    /** Ignores every group. */
    DrawingGroups NONE = new DrawingGroups() {
        @Override
        public void begin(DrawingGroup group) {
            // Nothing to mark.
        }

        @Override
        public void end() {
            // Nothing to close.
        }
    };

    /** What is drawn from now until the matching {@link #end()} is {@code group}. */
    void begin(DrawingGroup group);

    /** Closes the group last begun and not yet ended. */
    void end();
}
