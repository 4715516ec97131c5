/**
 * A user's own data laid over the network: which column holds identifiers and of what type and species, how each
 * identifier reaches network nodes (through the human gene table and the mouse ortholog table, one-to-many mappings
 * shown as such), Excel-damaged names repaired where that is unambiguous, one rule for several rows per node, and a
 * mapping report in which every input row ends in exactly one category. From the mapped values come the
 * {@link org.senescope.model.data.Overlay}, module summaries, the edge-consistency heuristic and the colour range
 * ({@link org.senescope.overlay.OverlaySummaries}); the options and the outcome are plain data in
 * {@code model.overlay}, so that the front ends can pass and show them without this package.
 *
 * <p>Entry point: {@link org.senescope.overlay.OverlayMapper#map}. Everything here is immutable once built and
 * reads its inputs only; bad data is an {@link org.senescope.failure.InputFormatException} naming file, line and column.
 * May use the model, {@code failure}, {@code knowledge} (the gene tables), {@code read} and {@code export}.
 */
package org.senescope.overlay;
