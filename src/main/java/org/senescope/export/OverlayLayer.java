package org.senescope.export;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

import org.senescope.model.data.Overlay;
import org.senescope.model.overlay.EdgeConsistency;
import org.senescope.model.overlay.MappedOverlay;
import org.senescope.model.table.Columns;

/**
 * A user's data laid over a network, as the exports carry it: the overlay's values become node columns, a label per
 * edge (the edge-consistency heuristic) an edge column, and CX2 colours the nodes by the shown condition with
 * {@link OverlayStyle}. Immutable; nulls are not accepted.
 *
 * @param overlay               the measured values
 * @param shownCondition        index into {@link Overlay#conditions()} of the condition the style colours by
 * @param colourRange           half-width of the symmetric colour range, positive: values at or beyond
 *                              {@code ±colourRange} get the end colours
 * @param significanceThreshold adjusted p-value below which a node counts as significant (wide border)
 * @param edgeLabels            per edge id, a short label written in {@link #EDGE_LABEL_COLUMN}; other edges get
 *                              an empty one
 * @param edgeReasons           per edge id, why it was or was not tested, written in {@link #EDGE_REASON_COLUMN};
 *                              other edges get an empty one
 * @param edgeLabelNote         what the edge labels mean, written as a network attribute (they are a heuristic)
 */
public record OverlayLayer(Overlay overlay, int shownCondition, double colourRange, double significanceThreshold,
                           Map<String, String> edgeLabels, Map<String, String> edgeReasons, String edgeLabelNote) {

    /** The node column the fill colour is mapped from: the shown condition's value. */
    public static final String VALUE_COLUMN = Columns.OVERLAY_VALUE;
    /** The node column with the shown condition's adjusted p-value. */
    public static final String PADJ_COLUMN = "overlay_padj";
    /** The node label colour for the node's fill, black or white ({@link LabelContrast}). */
    public static final String LABEL_COLOR_COLUMN = "overlay_label_color";
    /** The node column the border width is mapped from: adjusted p below the threshold. */
    public static final String SIGNIFICANT_COLUMN = "overlay_significant";
    /** The node column with the input identifier(s) the values came from. */
    public static final String INPUT_ID_COLUMN = "overlay_input_id";
    /** The node column with the mapping route, in words. */
    public static final String ROUTE_COLUMN = "overlay_route";
    /** Node column, only when a node has members: each measured member, its row and its values. */
    public static final String MEMBERS_COLUMN = "overlay_members";
    /** Node column, only when a node has members: the other nodes a shared measurement was laid on. */
    public static final String SHARED_WITH_COLUMN = "overlay_shared_with";
    /**
     * Node column, only when a node has members: the members in its {@link MemberChart}, each with a value in the
     * shown condition not below {@code --min-expression}, in the node's gene order.
     */
    public static final String MEMBER_SYMBOLS_COLUMN = "overlay_member_symbols";
    /** Node column, only when a node has members: the shown condition's value of each of {@link #MEMBER_SYMBOLS_COLUMN}. */
    public static final String MEMBER_VALUES_COLUMN = "overlay_member_values";
    /**
     * Node column, only when a node has members: {@link MemberChart#chart} when the node has
     * {@value MemberChart#MIN_CHARTED_MEMBERS} charted members or more, else empty.
     */
    public static final String MEMBER_CHART_COLUMN = "overlay_member_chart";
    /** Whether the node's shown measurement is below {@code --min-expression} (present only when one is). */
    public static final String BELOW_MIN_EXPRESSION_COLUMN = "overlay_below_min_expression";
    /** The edge column with {@link #edgeLabels()}. */
    public static final String EDGE_LABEL_COLUMN = "overlay_consistency";
    /** The edge column with {@link #edgeReasons()}. */
    public static final String EDGE_REASON_COLUMN = "overlay_consistency_reason";

    public OverlayLayer {
        Objects.requireNonNull(overlay, "overlay");
        Objects.requireNonNull(edgeLabelNote, "edgeLabelNote");
        edgeLabels = Map.copyOf(edgeLabels);
        edgeReasons = Map.copyOf(edgeReasons);
        if (shownCondition < 0 || shownCondition >= overlay.conditions().size()) {
            throw new IllegalArgumentException("condition " + shownCondition + " is not one of the "
                    + overlay.conditions().size() + " conditions");
        }
        if (!(colourRange > 0) || Double.isInfinite(colourRange)) {
            throw new IllegalArgumentException("colour range must be a positive number, found " + colourRange);
        }
        if (!(significanceThreshold > 0 && significanceThreshold <= 1)) {
            throw new IllegalArgumentException("significance threshold must be in (0, 1], found "
                    + significanceThreshold);
        }
    }

    /**
     * What the exports carry of a mapped overlay: the first condition shown, on its colour scale, with the first
     * condition's edge-consistency verdicts as edge labels (empty for an edge that was not tested) and each edge's
     * reason.
     */
    public static OverlayLayer of(MappedOverlay result) {
        String first = result.shownCondition();
        Map<String, String> labels = new LinkedHashMap<>();
        Map<String, String> reasons = new LinkedHashMap<>();
        result.edges().stream().filter(e -> e.condition().equals(first)).forEach(e -> {
            e.verdict().ifPresent(v -> labels.put(e.edgeId(), v.label()));
            reasons.put(e.edgeId(), e.reason());
        });
        return new OverlayLayer(result.overlay(), 0, result.colourScale().range(), result.threshold(), labels, reasons,
                EdgeConsistency.NOTE);
    }

    /** The name of the condition the style colours by. */
    public String shownConditionName() {
        return overlay.conditions().get(shownCondition);
    }

    /**
     * The node column holding one condition's values: {@code value_<condition>}, with every character other than
     * letters, digits, '.', '-' and '_' made '_' so that the name is valid in every format (GraphML wants an XML
     * name token). Two conditions that differ only in such characters would share a column, which the tables refuse;
     * give an overlay conditions that differ otherwise.
     */
    public static String conditionColumn(String condition) {
        return "value_" + plainName(condition);
    }

    /** The node column holding one condition's adjusted p-values: {@code padj_<condition>}. */
    public static String conditionPadjColumn(String condition) {
        return "padj_" + plainName(condition);
    }

    private static String plainName(String condition) {
        return condition.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
