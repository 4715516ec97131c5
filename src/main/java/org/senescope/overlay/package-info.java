/**
 * A user's own data laid over the network: which column holds identifiers and of what type and species, how each
 * identifier reaches network nodes (through the human gene table and the mouse ortholog table, one-to-many mappings
 * shown as such), Excel-damaged names repaired where that is unambiguous, one rule for several rows per node, and a
 * mapping report in which every input row ends in exactly one category. From the mapped values come the
 * {@link org.senescope.model.data.Overlay}, module summaries, the edge-consistency heuristic and the colour range.
 *
 * <p>Entry point: {@link org.senescope.overlay.OverlayMapper#map}. Everything here is immutable once built and
 * reads its inputs only; bad data is an {@link org.senescope.failure.InputFormatException} naming file, line and column.
 */
package org.senescope.overlay;
