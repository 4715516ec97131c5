package org.senescope.export;

import static org.senescope.model.style.VisualStyleSpec.ValueKind.DOUBLE;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

import org.senescope.model.EvidenceType;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Entry;
import org.senescope.model.style.VisualStyleSpec.Property;
import org.senescope.model.style.VisualStyleSpec.Value;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.table.Columns;

/**
 * How strong the evidence behind an edge is, made visible: one line weight, dash pattern, colour and opacity per
 * {@link EvidenceType}, decided once here for the figures, the HTML page and every Cytoscape style (mapped on the
 * edge's {@value Columns#EVIDENCE_LEVEL} column). The stronger the evidence, the heavier and more opaque the line:
 *
 * <ul>
 *   <li>finding reported in the seed: thick (3), solid, opaque;</li>
 *   <li>prior work the seed cites: medium (2), solid, opaque;</li>
 *   <li>review claim: medium (2), solid, translucent (0.55);</li>
 *   <li>background: thin (1), solid, translucent (0.55);</li>
 *   <li>hypothesis: medium (2), dotted, opaque;</li>
 *   <li>negative finding: medium (2), dashed, grey, opaque.</li>
 * </ul>
 * Dash pattern and width keep every pair apart in greyscale. Widths are Cytoscape's (screen pixels); figures scale
 * them to the label font. Stateless.
 */
public final class EvidenceStyle {

    public static final Value LINE_DOTTED = new Value("dotted", "DOT");
    /** CX2's opacity (0–1) is Cytoscape Desktop's transparency (0–255). */
    public static final Property EDGE_OPACITY = new Property("EDGE_OPACITY", List.of("EDGE_TRANSPARENCY"), DOUBLE);
    public static final double FINDING_WIDTH = 3.0;
    public static final double TRANSLUCENT = 0.55;

    private static final Column EVIDENCE_LEVEL = new Column(Columns.EVIDENCE_LEVEL, ColumnType.STRING,
            "edge evidence level");

    /**
     * How the edges of one evidence level are drawn.
     *
     * @param lineStyle solid, dotted or dashed
     * @param color     {@code #RRGGBB}
     * @param width     in Cytoscape's pixels
     * @param opacity   0 (invisible) to 1 (opaque)
     */
    public record EvidenceLook(Value lineStyle, String color, double width, double opacity) {
        public EvidenceLook {
            Objects.requireNonNull(lineStyle, "lineStyle");
            Objects.requireNonNull(color, "color");
            if (!(width > 0) || !(opacity > 0 && opacity <= 1)) {
                throw new IllegalArgumentException("width must be positive and opacity in (0, 1]: " + width + ", "
                        + opacity);
            }
        }

        /** The opacity as CX2 (0–1) and Cytoscape Desktop (transparency 0–255) write it. */
        public Value opacityValue() {
            return new Value(Double.toString(opacity), Long.toString(Math.round(opacity * 255)));
        }
    }

    private EvidenceStyle() {
    }

    public static EvidenceLook look(EvidenceType level) {
        String ink = NetworkStyle.EDGE_COLOR;
        return switch (level) {
            case SEED_FINDING -> new EvidenceLook(NetworkStyle.LINE_SOLID, ink, FINDING_WIDTH, 1.0);
            case CITED_PRIOR_WORK -> new EvidenceLook(NetworkStyle.LINE_SOLID, ink, NetworkStyle.EDGE_WIDTH, 1.0);
            case REVIEW_CLAIM -> new EvidenceLook(NetworkStyle.LINE_SOLID, ink, NetworkStyle.EDGE_WIDTH, TRANSLUCENT);
            case BACKGROUND -> new EvidenceLook(NetworkStyle.LINE_SOLID, ink, NetworkStyle.BACKGROUND_ONLY_EDGE_WIDTH,
                    TRANSLUCENT);
            case HYPOTHESIS -> new EvidenceLook(LINE_DOTTED, ink, NetworkStyle.EDGE_WIDTH, 1.0);
            case NEGATIVE_FINDING -> new EvidenceLook(NetworkStyle.LINE_DASHED,
                    NetworkStyle.NEGATIVE_FINDING_EDGE_COLOR, NetworkStyle.EDGE_WIDTH, 1.0);
        };
    }

    /** Line style, colour (which the arrows follow), width and opacity by {@value Columns#EVIDENCE_LEVEL}, one entry per evidence type. */
    static List<DiscreteMapping> mappings() {
        return List.of(
                byLevel(NetworkStyle.EDGE_LINE_STYLE, EvidenceLook::lineStyle),
                byLevel(NetworkStyle.EDGE_LINE_COLOR, look -> Value.same(look.color())),
                byLevel(NetworkStyle.EDGE_WIDTH_PROPERTY, look -> Value.number(look.width())),
                byLevel(EDGE_OPACITY, EvidenceLook::opacityValue));
    }

    private static DiscreteMapping byLevel(Property property, Function<EvidenceLook, Value> part) {
        List<Entry> entries = Arrays.stream(EvidenceType.values())
                .map(level -> new Entry(level.label(), part.apply(look(level))))
                .toList();
        return new DiscreteMapping(property, EVIDENCE_LEVEL, entries);
    }
}
