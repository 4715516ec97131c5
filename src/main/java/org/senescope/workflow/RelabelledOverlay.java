package org.senescope.workflow;

import org.senescope.model.Network;
import org.senescope.model.data.Overlay;
import org.senescope.overlay.ColourScale;
import org.senescope.overlay.EdgeConsistency;
import org.senescope.overlay.MappingReport;
import org.senescope.overlay.ModuleSummary;
import org.senescope.overlay.OverlayOptions;
import org.senescope.overlay.OverlayResult;

import java.util.ArrayList;
import java.util.List;

/**
 * An overlay result with its conditions, value label and input line renamed. The mapper names a table's condition
 * after its file, which suits a DE table but not values computed from a matrix ({@code MUT-WT}, group names), so the
 * summaries that carry condition names are recomputed under the new names.
 */
public final class RelabelledOverlay {

    private RelabelledOverlay() {
    }

    /**
     * @param conditions one name per condition of {@code result}, in order
     * @param inputLine  what the single input was, for the mapping report
     */
    public static OverlayResult of(Network network, OverlayResult result, List<String> conditions, String valueLabel,
                            String inputLine, OverlayOptions options) {
        Overlay old = result.overlay();
        if (conditions.size() != old.conditions().size()) {
            throw new IllegalArgumentException("expected " + old.conditions().size() + " condition names, found "
                    + conditions);
        }
        Overlay overlay = new Overlay(old.title(), valueLabel, conditions, old.nodes());
        List<EdgeConsistency> edges = new ArrayList<>();
        for (int c = 0; c < conditions.size(); c++) {
            edges.addAll(EdgeConsistency.of(network, overlay, c, options.significanceThreshold()));
        }
        MappingReport r = result.report();
        MappingReport report = new MappingReport(List.of(inputLine), r.columns(), r.rows(), r.nodes(), r.duplicates(),
                r.excelRepaired());
        return new OverlayResult(overlay, report, ModuleSummary.of(network, overlay, options.significanceThreshold()),
                edges, ColourScale.of(overlay, 0, options.colourRange()), options.significanceThreshold());
    }
}
