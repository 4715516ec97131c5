package org.senescope.workflow;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.overlay.ModuleSummary;
import org.senescope.render.FoldChangeText;

/** What an overlay tells the user, after its mapping report: the colours, the modules and the edge verdicts. */
final class OverlayNotes {

    private OverlayNotes() {
    }

    /** The mapping report's summary, the colour scale, each measured module and the edge verdicts, shown condition. */
    static List<String> of(MappedOverlay result) {
        List<String> lines = new ArrayList<>(result.report().summary());
        String first = result.shownCondition();
        double range = result.colourScale().range();
        lines.add(String.format(Locale.ROOT, "Colours: %s in %s, blue -%.1f .. white 0 .. red +%.1f; grey: not "
                + "measured; wide border: adjusted p < %s", FoldChangeText.legendLabel(result.overlay().valueLabel(),
                result.overlay().conditions()), first, range, range,
                result.threshold()));
        for (ModuleSummary m : result.modules()) {
            if (m.condition().equals(first) && m.measured() > 0) {
                lines.add(String.format(Locale.ROOT, "  module %s: %d of %d gene nodes measured, mean %.2f, %d up "
                        + "and %d down significantly", m.label(), m.measured(), m.geneNodes(), m.meanValue(),
                        m.upSignificant(), m.downSignificant()));
            }
        }
        List<EdgeConsistency> edges = result.edges().stream().filter(e -> e.condition().equals(first)).toList();
        lines.add(String.format(Locale.ROOT, "Edge consistency (a heuristic): %d agree, %d disagree, %d cannot say, "
                        + "of %d signed edges between measured genes", count(edges, EdgeConsistency.Verdict.AGREE),
                count(edges, EdgeConsistency.Verdict.DISAGREE), count(edges, EdgeConsistency.Verdict.CANNOT_SAY),
                edges.size()));
        return lines;
    }

    private static long count(List<EdgeConsistency> edges, EdgeConsistency.Verdict verdict) {
        return edges.stream().filter(e -> e.verdict() == verdict).count();
    }
}
