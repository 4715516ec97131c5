package org.senescope.overlay;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

import org.senescope.model.Edge;
import org.senescope.model.Network;
import org.senescope.model.Sign;
import org.senescope.model.data.Measurement;
import org.senescope.model.data.Overlay;

/**
 * A heuristic, not a test: for a signed curated edge between two measured gene nodes, whether the two changes point the
 * way the edge says. An activating edge agrees when both nodes change the same way (TP53 up, CDKN1A up), an inhibiting
 * edge when they change opposite ways. It says nothing when either change is not significant, when the input has no
 * adjusted p-values, or when the edge is a negative finding or unsigned. Expression changes of a gene are not the
 * activity of its product, so agreement is a hint for where to look, never evidence.
 *
 * @param edgeId    the edge
 * @param condition the condition compared
 * @param verdict   {@code agree}, {@code disagree} or {@code cannot say}
 * @param reason    why, in words
 */
public record EdgeConsistency(String edgeId, String condition, String verdict, String reason) {

    /** What the edge label means; written with every result. */
    public static final String NOTE = "heuristic: agree when both genes changed significantly in the direction the "
            + "edge's sign predicts (activating: same direction; inhibiting: opposite), disagree when opposite to "
            + "it, cannot say otherwise; mRNA changes are not protein activity";

    public static final String AGREE = "agree";
    public static final String DISAGREE = "disagree";
    public static final String CANNOT_SAY = "cannot say";

    public EdgeConsistency {
        Objects.requireNonNull(edgeId, "edgeId");
        Objects.requireNonNull(condition, "condition");
        Objects.requireNonNull(verdict, "verdict");
        Objects.requireNonNull(reason, "reason");
    }

    /** One verdict per signed edge whose two endpoints were both measured, for condition {@code c}. */
    public static List<EdgeConsistency> of(Network network, Overlay overlay, int c, double threshold) {
        List<EdgeConsistency> result = new ArrayList<>();
        String condition = overlay.conditions().get(c);
        for (Edge edge : network.edges()) {
            if (edge.sign() == Sign.NONE || edge.isNegativeFinding()) {
                continue;
            }
            Measurement s = overlay.node(edge.sourceId()).map(n -> n.measurements().get(c)).orElse(Measurement.MISSING);
            Measurement t = overlay.node(edge.targetId()).map(n -> n.measurements().get(c)).orElse(Measurement.MISSING);
            if (!s.isMeasured() || !t.isMeasured()) {
                continue;
            }
            result.add(judge(edge, condition, s, t, threshold));
        }
        return result;
    }

    private static EdgeConsistency judge(Edge edge, String condition, Measurement s, Measurement t, double threshold) {
        if (!s.hasSignificance() || !t.hasSignificance()) {
            return new EdgeConsistency(edge.id(), condition, CANNOT_SAY, "no adjusted p-value for both genes");
        }
        if (s.adjustedP() >= threshold || t.adjustedP() >= threshold || s.value() == 0 || t.value() == 0) {
            return new EdgeConsistency(edge.id(), condition, CANNOT_SAY,
                    "not both changed significantly (adjusted p " + s.adjustedP() + ", " + t.adjustedP() + ")");
        }
        boolean same = Math.signum(s.value()) == Math.signum(t.value());
        boolean expectSame = edge.sign() == Sign.POSITIVE;
        String changes = direction(s) + " and " + direction(t) + " for a" + (expectSame ? "n activating" : "n inhibiting")
                + " edge";
        return new EdgeConsistency(edge.id(), condition, same == expectSame ? AGREE : DISAGREE, changes);
    }

    private static String direction(Measurement m) {
        return m.value() > 0 ? "up" : "down";
    }
}
