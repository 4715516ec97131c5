package org.senescope.export;

import java.util.List;
import java.util.stream.Stream;

import org.senescope.model.data.Measurement;
import org.senescope.model.style.VisualStyleSpec.ContinuousMapping;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Entry;
import org.senescope.model.style.VisualStyleSpec.Point;
import org.senescope.model.style.VisualStyleSpec.Value;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.style.StyleDefinition;
import org.senescope.model.style.VisualStyleSpec.Setting;

/**
 * How an overlay is drawn: node fill on a diverging blue–white–red scale centred at 0 (ColorBrewer RdBu end and
 * middle colours, which stay distinguishable under the common colour-vision deficiencies), symmetric around 0, grey
 * where a node was not measured; a wide border where the adjusted p-value is below the threshold. Stateless.
 */
public final class OverlayStyle {

    /** The title of the style of networks with data laid over them: Senescope's, nodes filled by the data. */
    public static final String STYLE_NAME = NetworkStyle.STYLE_NAME + " overlay";

    /** Colour of the lowest values (and below the range). */
    public static final String LOW_COLOR = "#2166AC";
    /** Colour of 0. */
    public static final String MIDDLE_COLOR = "#F7F7F7";
    /** Colour of the highest values (and above the range). */
    public static final String HIGH_COLOR = "#B2182B";
    /** Fill of nodes with no value. */
    public static final String MISSING_COLOR = "#BDBDBD";
    /** Border width of significant nodes; others keep {@link NetworkStyle#NODE_BORDER_WIDTH}. */
    public static final double SIGNIFICANT_BORDER_WIDTH = 6.0;

    private static final Column VALUE = new Column(OverlayLayer.VALUE_COLUMN, ColumnType.DOUBLE, "overlay value");
    private static final Column SIGNIFICANT = new Column(OverlayLayer.SIGNIFICANT_COLUMN, ColumnType.BOOLEAN,
            "overlay significance");

    private OverlayStyle() {
    }

    /** Fill from {@link OverlayLayer#VALUE_COLUMN}: low colour at {@code -range}, middle at 0, high at {@code +range}. */
    public static ContinuousMapping fill(double range) {
        return new ContinuousMapping(NetworkStyle.NODE_FILL, VALUE, List.of(
                new Point(-range, Value.same(LOW_COLOR)),
                new Point(0.0, Value.same(MIDDLE_COLOR)),
                new Point(range, Value.same(HIGH_COLOR))));
    }

    /** Border width from {@link OverlayLayer#SIGNIFICANT_COLUMN}. */
    public static DiscreteMapping borderWidth() {
        return new DiscreteMapping(NetworkStyle.NODE_BORDER_WIDTH_PROPERTY, SIGNIFICANT,
                List.of(new Entry("true", Value.number(SIGNIFICANT_BORDER_WIDTH))));
    }

    /**
     * The whole {@value #STYLE_NAME} style: Senescope's, with the node fill on the diverging scale of half-width
     * {@code range} ({@link #fill}), grey where a node has no value, and a wide border for significant nodes.
     */
    public static StyleDefinition definition(double range) {
        StyleDefinition base = NetworkStyle.definition(STYLE_NAME);
        ContinuousMapping fill = fill(range);
        List<Setting> defaults = base.defaults().stream().map(s -> s.property().equals(fill.property())
                ? new Setting(fill.property(), Value.same(MISSING_COLOR)) : s).toList();
        List<DiscreteMapping> discrete = Stream.concat(base.discrete().stream()
                .filter(m -> !m.property().equals(fill.property())), Stream.of(borderWidth())).toList();
        return new StyleDefinition(STYLE_NAME, defaults, discrete, base.passthrough(), List.of(fill),
                base.nodeSizeLocked(), base.arrowColorMatchesEdge());
    }

    /** The fill of a gene below {@code --min-expression} in XGMML graphics and tables (the figures hatch it). */
    public static final String NOT_EXPRESSED_COLOR = "#E6E6E6";

    /** The fill colour of {@code m}: {@link #NOT_EXPRESSED_COLOR} below {@code --min-expression}, else its value's. */
    public static String colorOf(Measurement m, double range) {
        return m.notExpressed() ? NOT_EXPRESSED_COLOR : colorOf(m.value(), range);
    }

    /** The fill colour of {@code value} on the scale of half-width {@code range}, as #RRGGBB; grey for NaN. */
    public static String colorOf(double value, double range) {
        if (Double.isNaN(value)) {
            return MISSING_COLOR;
        }
        double t = Math.max(-1.0, Math.min(1.0, value / range));
        return t < 0 ? blend(MIDDLE_COLOR, LOW_COLOR, -t) : blend(MIDDLE_COLOR, HIGH_COLOR, t);
    }

    private static String blend(String from, String to, double t) {
        StringBuilder hex = new StringBuilder("#");
        for (int i = 1; i < 7; i += 2) {
            int a = Integer.parseInt(from.substring(i, i + 2), 16);
            int b = Integer.parseInt(to.substring(i, i + 2), 16);
            hex.append(String.format("%02X", (int) Math.round(a + (b - a) * t)));
        }
        return hex.toString();
    }
}
