package org.senescope.export;

import java.util.List;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.senescope.model.data.Measurement;
import org.senescope.model.style.VisualStyleSpec.ContinuousMapping;
import org.senescope.model.style.VisualStyleSpec.DiscreteMapping;
import org.senescope.model.style.VisualStyleSpec.Entry;
import org.senescope.model.style.VisualStyleSpec.PassthroughMapping;
import org.senescope.model.style.VisualStyleSpec.Point;
import org.senescope.model.style.VisualStyleSpec.Value;
import org.senescope.model.table.Column;
import org.senescope.model.table.ColumnType;
import org.senescope.model.style.StyleDefinition;
import org.senescope.model.style.VisualStyleSpec.Setting;

/**
 * How an overlay is drawn, in the figures, the page and every Cytoscape style alike: node fill on Paul Tol's
 * colour-blind-safe blue–red diverging scheme ({@link #STOPS}, nine colours, interpolated in RGB between them),
 * centred at 0 and symmetric to {@code ±range}, values beyond clamped to the ends; grey where a node was not measured;
 * a wide border where the adjusted p-value is below the threshold; the label black or white, whichever contrasts more
 * with the node's fill ({@link LabelContrast}). Stateless.
 */
public final class OverlayStyle {

    /** The title of the style of networks with data laid over them: Senescope's, nodes filled by the data. */
    public static final String STYLE_NAME = NetworkStyle.STYLE_NAME + " overlay";

    /** Tol's BuRd scheme, from most negative ({@code -range} and below) to most positive ({@code +range} and above). */
    public static final List<String> STOPS = List.of("#2166AC", "#4393C3", "#92C5DE", "#D1E5F0", "#F7F7F7", "#FDDBC7",
            "#F4A582", "#D6604D", "#B2182B");
    /** Colour of the lowest values (and below the range). */
    public static final String LOW_COLOR = STOPS.get(0);
    /** Colour of 0. */
    public static final String MIDDLE_COLOR = STOPS.get(STOPS.size() / 2);
    /** Colour of the highest values (and above the range). */
    public static final String HIGH_COLOR = STOPS.get(STOPS.size() - 1);
    /** Fill of nodes with no value: a neutral grey lighter than any kind colour and darker than the white centre. */
    public static final String MISSING_COLOR = "#C8C8C8";
    /** Border width of significant nodes; others keep {@link NetworkStyle#NODE_BORDER_WIDTH}. */
    public static final double SIGNIFICANT_BORDER_WIDTH = 6.0;

    private static final Column VALUE = new Column(OverlayLayer.VALUE_COLUMN, ColumnType.DOUBLE, "overlay value");
    private static final Column LABEL_COLOR = new Column(OverlayLayer.LABEL_COLOR_COLUMN, ColumnType.STRING,
            "overlay label colour");
    private static final Column SIGNIFICANT = new Column(OverlayLayer.SIGNIFICANT_COLUMN, ColumnType.BOOLEAN,
            "overlay significance");

    private OverlayStyle() {
    }

    /**
     * Fill from {@link OverlayLayer#VALUE_COLUMN}: the {@link #STOPS} evenly from {@code -range} to {@code +range}, so
     * that Cytoscape's interpolation between them gives the colours of {@link #colorOf(double, double)}.
     */
    public static ContinuousMapping fill(double range) {
        int last = STOPS.size() - 1;
        return new ContinuousMapping(NetworkStyle.NODE_FILL, VALUE, IntStream.rangeClosed(0, last)
                .mapToObj(i -> new Point(range * (2.0 * i / last - 1), Value.same(STOPS.get(i)))).toList());
    }

    /** Label colour passed through from {@link OverlayLayer#LABEL_COLOR_COLUMN}, chosen per node for its fill. */
    public static PassthroughMapping labelColor() {
        return new PassthroughMapping(NetworkStyle.NODE_LABEL_COLOR, LABEL_COLOR);
    }

    /** Border width from {@link OverlayLayer#SIGNIFICANT_COLUMN}. */
    public static DiscreteMapping borderWidth() {
        return new DiscreteMapping(NetworkStyle.NODE_BORDER_WIDTH_PROPERTY, SIGNIFICANT,
                List.of(new Entry("true", Value.number(SIGNIFICANT_BORDER_WIDTH))));
    }

    /**
     * The whole {@value #STYLE_NAME} style: Senescope's, with the node fill on the diverging scale of half-width
     * {@code range} ({@link #fill}), grey where a node has no value, a wide border for significant nodes, and the
     * label colour of each node's fill ({@link #labelColor}) in place of the label colour by kind, and each
     * multi-member node's {@link MemberChart} under it ({@link #chartDefaults}, {@link MemberChart#mapping}).
     */
    public static StyleDefinition definition(double range) {
        StyleDefinition base = NetworkStyle.definition(STYLE_NAME);
        ContinuousMapping fill = fill(range);
        List<Setting> defaults = Stream.concat(base.defaults().stream().map(s -> s.property().equals(fill.property())
                ? new Setting(fill.property(), Value.same(MISSING_COLOR)) : s), chartDefaults().stream()).toList();
        List<DiscreteMapping> discrete = Stream.concat(base.discrete().stream()
                .filter(m -> !m.property().equals(fill.property()))
                .filter(m -> !m.property().equals(NetworkStyle.NODE_LABEL_COLOR)), Stream.of(borderWidth())).toList();
        List<PassthroughMapping> passthrough = Stream.concat(base.passthrough().stream(),
                Stream.of(labelColor(), MemberChart.mapping())).toList();
        return new StyleDefinition(STYLE_NAME, defaults, discrete, passthrough, List.of(fill),
                base.nodeSizeLocked(), base.arrowColorMatchesEdge());
    }

    /**
     * The defaults of the {@link MemberChart}'s two properties: no chart (nodes with an empty chart column keep it)
     * and the chart under the node.
     */
    public static List<Setting> chartDefaults() {
        return List.of(new Setting(MemberChart.CHART, Value.same(MemberChart.NO_CHART)),
                new Setting(MemberChart.CHART_POSITION, Value.same(MemberChart.UNDER_THE_NODE)));
    }

    /** The fill of a gene below {@code --min-expression} in XGMML graphics and tables (the figures hatch it). */
    public static final String NOT_EXPRESSED_COLOR = "#E6E6E6";

    /** The fill colour of {@code m}: {@link #NOT_EXPRESSED_COLOR} below {@code --min-expression}, else its value's. */
    public static String colorOf(Measurement m, double range) {
        return m.notExpressed() ? NOT_EXPRESSED_COLOR : colorOf(m.value(), range);
    }

    /** The label colour on the fill of {@code m} ({@link #colorOf(Measurement, double)}). */
    public static String labelColorOf(Measurement m, double range) {
        return LabelContrast.labelOn(colorOf(m, range));
    }

    /**
     * The fill colour of {@code value} on the scale of half-width {@code range}, as #RRGGBB: clamped to the range,
     * interpolated between the two nearest {@link #STOPS}; {@link #MISSING_COLOR} for NaN.
     */
    public static String colorOf(double value, double range) {
        if (Double.isNaN(value)) {
            return MISSING_COLOR;
        }
        double t = (Math.max(-range, Math.min(range, value)) + range) / (2 * range) * (STOPS.size() - 1);
        int i = Math.min((int) Math.floor(t), STOPS.size() - 2);
        return blend(STOPS.get(i), STOPS.get(i + 1), t - i);
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
