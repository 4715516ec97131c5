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
        lines.addAll(edgeLines(result.edges().stream().filter(e -> e.condition().equals(first)).toList()));
        return lines;
    }

    /**
     * The testable edges' verdict counts, then one line per reason that left edges untested, in the order the reasons
     * are checked; reasons no edge has are left out.
     */
    private static List<String> edgeLines(List<EdgeConsistency> edges) {
        List<String> lines = new ArrayList<>();
        long testable = edges.stream().filter(EdgeConsistency::testable).count();
        lines.add(String.format(Locale.ROOT, "Edge consistency (a heuristic): %d of %d edges testable (expression "
                        + "relations between measured genes): %d agree, %d disagree, %d cannot say", testable, edges.size(),
                count(edges, EdgeConsistency.Verdict.AGREE), count(edges, EdgeConsistency.Verdict.DISAGREE),
                count(edges, EdgeConsistency.Verdict.CANNOT_SAY)));
        for (EdgeConsistency.Untestable reason : EdgeConsistency.Untestable.values()) {
            long n = edges.stream().filter(e -> e.check() instanceof EdgeConsistency.NotTested t && t.reason() == reason)
                    .count();
            if (n > 0) {
                lines.add(String.format(Locale.ROOT, "  %d not testable: %s", n, reason.label()));
            }
        }
        return lines;
    }

    private static long count(List<EdgeConsistency> edges, EdgeConsistency.Verdict verdict) {
        return edges.stream().filter(e -> e.verdict().filter(v -> v == verdict).isPresent()).count();
    }
}
