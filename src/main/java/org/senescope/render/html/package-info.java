/**
 * The interactive page: one self-contained HTML file with Cytoscape.js inlined from the {@code org.webjars.npm:cytoscape}
 * artifact, the network with the figure's colours and legend, and a side panel that shows a clicked node's values or a
 * clicked edge's evidence quotes with their seeds and, on an overlay, its edge-consistency check per condition
 * ({@code OverlaySummaries}: whether the edge is testable at the mRNA level, why not, and the verdict). No external URL;
 * works offline.
 */
package org.senescope.render.html;
