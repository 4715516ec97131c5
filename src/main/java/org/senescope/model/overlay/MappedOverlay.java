package org.senescope.model.overlay;

import java.util.List;
import java.util.Objects;

import org.senescope.model.data.Overlay;

/**
 * A mapping's outcome: the overlay, the report, module summaries and edge-consistency verdicts for every condition,
 * and the colour scale of the first condition. Immutable; nulls are not accepted.
 *
 * @param overlay     the values per node
 * @param report      what became of every input row and gene node
 * @param modules     one summary per module and condition
 * @param edges       the edge-consistency heuristic, per condition, for every edge: testable or why not, and the verdict
 * @param colourScale the scale of the shown (first) condition
 * @param threshold   the adjusted p-value below which a value is significant
 */
public record MappedOverlay(Overlay overlay, MappingReport report, List<ModuleSummary> modules,
                            List<EdgeConsistency> edges, ColourScale colourScale, double threshold) {

    public MappedOverlay {
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(report, "report");
        modules = List.copyOf(modules);
        edges = List.copyOf(edges);
        Objects.requireNonNull(colourScale, "colourScale");
    }

    /** The name of the condition the colours show: the first. */
    public String shownCondition() {
        return overlay.conditions().get(0);
    }
}
