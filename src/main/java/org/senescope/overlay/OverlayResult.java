package org.senescope.overlay;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.senescope.export.OverlayLayer;
import org.senescope.model.Network;
import org.senescope.model.data.Overlay;

/**
 * A mapping's outcome: the overlay, the report, module summaries and edge-consistency verdicts for every condition,
 * and the colour scale of the first condition. Immutable.
 *
 * @param overlay     the values per node
 * @param report      what became of every input row and gene node
 * @param modules     one summary per module and condition
 * @param edges       the edge-consistency heuristic, per condition, for signed edges between measured genes
 * @param colourScale the scale of the shown (first) condition
 * @param threshold   the adjusted p-value below which a value is significant
 */
public record OverlayResult(Overlay overlay, MappingReport report, List<ModuleSummary> modules,
                            List<EdgeConsistency> edges, ColourScale colourScale, double threshold) {

    public OverlayResult {
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(report, "report");
        modules = List.copyOf(modules);
        edges = List.copyOf(edges);
        Objects.requireNonNull(colourScale, "colourScale");
    }

    static OverlayResult of(Network network, Overlay overlay, MappingReport report, OverlayOptions options) {
        List<EdgeConsistency> edges = new ArrayList<>();
        for (int c = 0; c < overlay.conditions().size(); c++) {
            edges.addAll(EdgeConsistency.of(network, overlay, c, options.significanceThreshold()));
        }
        return new OverlayResult(overlay, report, ModuleSummary.of(network, overlay, options.significanceThreshold()),
                edges, ColourScale.of(overlay, 0, options.colourRange()), options.significanceThreshold());
    }

    /** What the exports need: the first condition shown, its colour range, the first condition's edge verdicts. */
    public OverlayLayer layer() {
        String first = overlay.conditions().get(0);
        Map<String, String> labels = new LinkedHashMap<>();
        edges.stream().filter(e -> e.condition().equals(first)).forEach(e -> labels.put(e.edgeId(), e.verdict()));
        return new OverlayLayer(overlay, 0, colourScale.range(), threshold, labels, EdgeConsistency.NOTE);
    }
}
