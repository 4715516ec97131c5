/**
 * A user's data laid over the network, as plain data both front ends can pass in and show: the options of a mapping
 * (columns to use or detect, species, the rule for several rows per node, the colour range), and its outcome (the
 * mapping report accounting for every input row, module summaries, edge-consistency verdicts, the colour scale).
 * Computed by the {@code overlay} package; immutable records and enums that depend on the rest of the model and the
 * JDK only.
 */
package org.senescope.model.overlay;
