package org.senescope.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.senescope.model.Edge;
import org.senescope.model.Module;
import org.senescope.model.Network;
import org.senescope.model.Node;
import org.senescope.model.Sign;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.NodeOverlay;
import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.ColourRange;
import org.senescope.model.overlay.ColourScale;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.EdgeConsistency.NotTested;
import org.senescope.model.overlay.EdgeConsistency.Tested;
import org.senescope.model.overlay.EdgeConsistency.Untestable;
import org.senescope.model.overlay.EdgeConsistency.Verdict;
import org.senescope.model.overlay.MappingReport;
import org.senescope.model.overlay.ModuleSummary;
import org.senescope.model.overlay.MappedOverlay;

/**
 * What an overlay says about the network beyond its values: one summary per module and condition, the
 * edge-consistency heuristic (testable or why not, and the verdict) for every edge, and the colour range of the shown condition.
 * Computed once here for the mapper and for overlays relabelled after mapping. Stateless; nulls are not accepted.
 */
public final class OverlaySummaries {

    private OverlaySummaries() {
    }

    /**
     * The whole result of laying {@code overlay} over {@code network}: modules and edge verdicts for every condition,
     * the colour scale of the first.
     *
     * @param threshold adjusted p-value below which a value is significant
     */
    public static MappedOverlay result(Network network, Overlay overlay, MappingReport report, double threshold,
                                       ColourRange range) {
        List<EdgeConsistency> edges = new ArrayList<>();
        for (int c = 0; c < overlay.conditions().size(); c++) {
            edges.addAll(edgeConsistency(network, overlay, c, threshold));
        }
        return new MappedOverlay(overlay, report, modules(network, overlay, threshold), edges,
                colourScale(overlay, 0, range), threshold);
    }

    /**
     * One summary per module and condition, modules in network order, conditions in overlay order; genes below
     * {@code --min-expression} count as not measured (no value in the mean, no significant change).
     */
    public static List<ModuleSummary> modules(Network network, Overlay overlay, double threshold) {
        List<ModuleSummary> result = new ArrayList<>();
        for (Module module : network.modules()) {
            List<Node> members = network.nodes().stream()
                    .filter(n -> n.hasGenes() && n.modules().contains(module.id())).toList();
            for (int c = 0; c < overlay.conditions().size(); c++) {
                result.add(module(module, members, overlay, c, threshold));
            }
        }
        return result;
    }

    private static ModuleSummary module(Module module, List<Node> members, Overlay overlay, int condition,
                                        double threshold) {
        int measured = 0;
        int up = 0;
        int down = 0;
        double sum = 0;
        for (Node node : members) {
            Measurement m = measurement(overlay, node.id(), condition);
            // A gene below --min-expression is drawn "not expressed", not as a change: it counts as unmeasured here.
            if (!m.isMeasured() || m.notExpressed()) {
                continue;
            }
            measured++;
            sum += m.value();
            if (m.hasSignificance() && m.adjustedP() < threshold) {
                up += m.value() > 0 ? 1 : 0;
                down += m.value() < 0 ? 1 : 0;
            }
        }
        return new ModuleSummary(module.id(), module.label(), overlay.conditions().get(condition), members.size(),
                measured, measured == 0 ? Double.NaN : sum / measured, up, down);
    }

    /**
     * One entry per network edge, in network order, for condition {@code c}: the verdict of each testable edge, the
     * reason each other edge was not tested. See {@link EdgeConsistency} for the rule and what the heuristic says and
     * does not say.
     */
    public static List<EdgeConsistency> edgeConsistency(Network network, Overlay overlay, int c, double threshold) {
        List<EdgeConsistency> result = new ArrayList<>();
        String condition = overlay.conditions().get(c);
        for (Edge edge : network.edges()) {
            Measurement s = measurement(overlay, edge.sourceId(), c);
            Measurement t = measurement(overlay, edge.targetId(), c);
            EdgeConsistency.Check check = untestable(network, edge, s, t)
                    .<EdgeConsistency.Check>map(NotTested::new)
                    .orElseGet(() -> judge(edge, s, t, threshold));
            result.add(new EdgeConsistency(edge.id(), condition, check));
        }
        return result;
    }

    /** The first reason, in {@link Untestable}'s order, why {@code edge} cannot be tested; empty when it can. */
    private static Optional<Untestable> untestable(Network network, Edge edge, Measurement s, Measurement t) {
        if (!isGene(network, edge.sourceId()) || !isGene(network, edge.targetId())) {
            return Optional.of(Untestable.NOT_A_GENE);
        }
        if (edge.isNegativeFinding()) {
            return Optional.of(Untestable.NEGATIVE_FINDING);
        }
        if (edge.sign() == Sign.NONE) {
            return Optional.of(Untestable.NO_SIGN);
        }
        if (!edge.relation().isVisibleInMrna()) {
            return Optional.of(Untestable.POST_TRANSLATIONAL);
        }
        if (!s.isMeasured() || !t.isMeasured()) {
            return Optional.of(Untestable.NOT_MEASURED);
        }
        if (s.notExpressed() || t.notExpressed()) {
            return Optional.of(Untestable.NOT_EXPRESSED);
        }
        return Optional.empty();
    }

    private static boolean isGene(Network network, String nodeId) {
        return network.node(nodeId).map(Node::hasGenes).orElse(false);
    }

    private static Tested judge(Edge edge, Measurement s, Measurement t, double threshold) {
        if (!s.hasSignificance() || !t.hasSignificance()) {
            return new Tested(Verdict.CANNOT_SAY, "no adjusted p-value for both genes");
        }
        if (s.adjustedP() >= threshold || t.adjustedP() >= threshold || s.value() == 0 || t.value() == 0) {
            return new Tested(Verdict.CANNOT_SAY,
                    "not both changed significantly (adjusted p " + s.adjustedP() + ", " + t.adjustedP() + ")");
        }
        boolean same = Math.signum(s.value()) == Math.signum(t.value());
        boolean expectSame = edge.sign() == Sign.POSITIVE;
        String changes = direction(s) + " and " + direction(t) + " for a" + (expectSame ? "n activating" : "n inhibiting")
                + " edge";
        return new Tested(same == expectSame ? Verdict.AGREE : Verdict.DISAGREE, changes);
    }

    private static String direction(Measurement m) {
        return m.value() > 0 ? "up" : "down";
    }

    /**
     * The scale of {@code condition}: the fixed range when one is given, else the largest |value| over the measured
     * network nodes rounded up to one decimal (1.0 when nothing is measured). A scale from the network's own values
     * (not the whole table's) keeps the few network genes from all looking pale next to a table's extreme genes; genes
     * below {@code --min-expression} are drawn hatched, not by value, so they do not set it.
     */
    public static ColourScale colourScale(Overlay overlay, int condition, ColourRange range) {
        if (range instanceof ColourRange.Fixed fixed) {
            return new ColourScale(fixed.halfWidth());
        }
        double largest = 0;
        for (NodeOverlay node : overlay.nodes()) {
            Measurement m = node.measurements().get(condition);
            if (m.isMeasured() && !m.notExpressed()) {
                largest = Math.max(largest, Math.abs(m.value()));
            }
        }
        return new ColourScale(largest == 0 ? 1.0 : Math.ceil(largest * 10 - 1e-9) / 10);
    }

    private static Measurement measurement(Overlay overlay, String nodeId, int condition) {
        return overlay.node(nodeId).map(n -> n.measurements().get(condition)).orElse(Measurement.MISSING);
    }
}
