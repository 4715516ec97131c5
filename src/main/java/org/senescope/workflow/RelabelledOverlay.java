package org.senescope.workflow;

import org.senescope.model.Network;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.OverlayOptions;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.overlay.OverlaySummaries;

import java.util.List;

/**
 * An overlay result with its conditions, value label and input line renamed. The mapper names a table's condition
 * after its file, which suits a DE table but not values computed from a matrix ({@code MUT-WT}, group names), so the
 * summaries that carry condition names are recomputed under the new names. Stateless.
 */
public final class RelabelledOverlay {

    private RelabelledOverlay() {
    }

    /**
     * {@code result} with its conditions named {@code conditions}, its values labelled {@code valueLabel} and its
     * mapping report's input line {@code inputLine}, the summaries recomputed on {@code network}.
     *
     * @param conditions one name per condition of {@code result}, in order
     * @param inputLine  what the single input was, for the mapping report
     * @throws IllegalArgumentException when {@code conditions} does not name each condition once (a programming error)
     */
    public static MappedOverlay of(Network network, MappedOverlay result, List<String> conditions, String valueLabel,
                                   String inputLine, OverlayOptions options) {
        Overlay old = result.overlay();
        if (conditions.size() != old.conditions().size()) {
            throw new IllegalArgumentException("expected " + old.conditions().size() + " condition names, found "
                    + conditions);
        }
        Overlay overlay = new Overlay(old.title(), valueLabel, conditions, old.nodes());
        MappingReport r = result.report();
        MappingReport report = new MappingReport(List.of(inputLine), r.columns(), r.rows(), r.nodes(), r.duplicates(),
                r.excelRepaired(), r.expression());
        return OverlaySummaries.result(network, overlay, report, options.significanceThreshold(),
                options.colourRange());
    }
}
