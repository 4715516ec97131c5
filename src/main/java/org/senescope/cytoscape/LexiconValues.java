package org.senescope.cytoscape;

import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_LINE_TYPE;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_SOURCE_ARROW_SHAPE;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_STROKE_UNSELECTED_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_TARGET_ARROW_SHAPE;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_TARGET_ARROW_UNSELECTED_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_TRANSPARENCY;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_UNSELECTED_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.EDGE_WIDTH;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NETWORK_BACKGROUND_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_BORDER_PAINT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_BORDER_WIDTH;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_FILL_COLOR;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_HEIGHT;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_LABEL;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_LABEL_COLOR;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_LABEL_FONT_SIZE;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_LABEL_WIDTH;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_SHAPE;
import static org.cytoscape.view.presentation.property.BasicVisualLexicon.NODE_WIDTH;

import java.awt.Color;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;

import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.DiscreteRange;
import org.cytoscape.view.model.Range;
import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.model.VisualProperty;
import org.cytoscape.view.presentation.property.values.VisualPropertyValue;
import org.jspecify.annotations.Nullable;
import org.senescope.model.style.VisualStyleSpec;

/**
 * Translates {@link VisualStyleSpec} properties and values (as {@code export.NetworkStyle} states them)
 * into Cytoscape's {@link VisualProperty} objects and values: colours into {@link Color}, numbers into numbers, and
 * shapes, arrows and line types only from the values the running renderer's lexicon supports. Cytoscape's own
 * renderer adds VEE to the node shapes at start-up; under another renderer, or none, a value the lexicon lacks falls
 * back to the property's default (a core value) and the fallback is reported once to the notes. One instance per
 * style installation; not thread-safe.
 */
final class LexiconValues {

    /**
     * A Cytoscape visual property and how to turn Senescope's value names into its values; {@code listed} when the
     * values are the lexicon's listed ones (shapes, arrows, line types), looked up by their serializable names.
     */
    record Target(VisualProperty<?> property, Function<String, ?> parse, boolean listed) {
        Target(VisualProperty<?> property, Function<String, ?> parse) {
            this(property, parse, false);
        }
    }

    private static final Map<String, Target> BY_NAME = Map.ofEntries(
            colour(NETWORK_BACKGROUND_PAINT),
            parsed(NODE_SHAPE),
            colour(NODE_FILL_COLOR),
            Map.entry(NODE_LABEL.getIdString(), new Target(NODE_LABEL, Function.identity())),
            colour(NODE_LABEL_COLOR),
            Map.entry(NODE_LABEL_FONT_SIZE.getIdString(), new Target(NODE_LABEL_FONT_SIZE, Integer::valueOf)),
            number(NODE_LABEL_WIDTH),
            number(NODE_WIDTH),
            number(NODE_HEIGHT),
            colour(NODE_BORDER_PAINT),
            number(NODE_BORDER_WIDTH),
            parsed(EDGE_TARGET_ARROW_SHAPE),
            parsed(EDGE_SOURCE_ARROW_SHAPE),
            parsed(EDGE_LINE_TYPE),
            colour(EDGE_UNSELECTED_PAINT),
            colour(EDGE_STROKE_UNSELECTED_PAINT),
            colour(EDGE_TARGET_ARROW_UNSELECTED_PAINT),
            number(EDGE_WIDTH),
            Map.entry(EDGE_TRANSPARENCY.getIdString(), new Target(EDGE_TRANSPARENCY, Integer::valueOf)));

    /**
     * Node properties that the renderer (Cytoscape's ding) adds to its lexicon rather than the API declaring them:
     * the first image/chart slot and its position, which the overlay's member charts use.
     */
    static final Set<String> RENDERER_NODE_PROPERTIES = Set.of("NODE_CUSTOMGRAPHICS_1",
            "NODE_CUSTOMGRAPHICS_POSITION_1");

    /** What the notes hear when the renderer lacks {@link #RENDERER_NODE_PROPERTIES}. */
    static final String NO_MEMBER_CHARTS = "Cytoscape's renderer has no Node Image/Chart 1 (NODE_CUSTOMGRAPHICS_1 and "
            + "its position); the overlay's member charts are left out of the style.";

    private final @Nullable VisualLexicon lexicon;
    private final Consumer<String> notes;
    private final Set<String> reported = new HashSet<>();

    /**
     * @param lexicon the running renderer's lexicon; null when Cytoscape has no renderer, when only the values in the
     *                properties' own ranges count
     * @param notes   told once about each value that fell back
     */
    LexiconValues(@Nullable VisualLexicon lexicon, Consumer<String> notes) {
        this.lexicon = lexicon;
        this.notes = notes;
    }

    /**
     * The Cytoscape properties that carry {@code property} (edge colour has two). A property of the renderer's own
     * ({@link #RENDERER_NODE_PROPERTIES}) is looked up in the running lexicon; without a renderer, or under one that
     * lacks it, it has none (reported once), so that the style goes in without it.
     *
     * @throws IllegalArgumentException for a property this adapter does not know, which is a programming error
     */
    List<Target> targets(VisualStyleSpec.Property property) {
        List<Target> found = new ArrayList<>();
        for (String name : property.cytoscapeNames()) {
            Target core = BY_NAME.get(name);
            if (core != null) {
                found.add(core);
            } else if (RENDERER_NODE_PROPERTIES.contains(name)) {
                rendererTarget(name).ifPresent(found::add);
            } else {
                throw new IllegalArgumentException("no Cytoscape visual property for " + name);
            }
        }
        return found;
    }

    private Optional<Target> rendererTarget(String name) {
        VisualProperty<?> own = lexicon == null ? null : lexicon.lookup(CyNode.class, name);
        if (own == null) {
            // One note for the chart and its position: together they are the member charts.
            if (reported.add(String.join("/", RENDERER_NODE_PROPERTIES))) {
                notes.accept(NO_MEMBER_CHARTS);
            }
            return Optional.empty();
        }
        return Optional.of(new Target(own, own::parseSerializableString));
    }

    /**
     * The value of {@code target} named by {@code value}; for a listed property, the lexicon's value of that name or,
     * when the lexicon has none, the property's default (reported once).
     */
    Object value(Target target, VisualStyleSpec.Value value) {
        String name = value.cytoscapeName();
        if (!target.listed()) {
            return target.parse().apply(name);
        }
        VisualProperty<?> property = target.property();
        for (Object supported : supported(property)) {
            if (supported instanceof VisualPropertyValue v && v.getSerializableString().equalsIgnoreCase(name)) {
                return supported;
            }
        }
        Object fallback = property.getDefault();
        String shown = fallback instanceof VisualPropertyValue v ? v.getDisplayName() : String.valueOf(fallback);
        if (reported.add(property.getIdString() + "/" + name)) {
            notes.accept("Cytoscape's renderer has no " + property.getDisplayName() + " " + name + "; using "
                    + shown + ", the property's default, instead.");
        }
        return fallback;
    }

    private Set<?> supported(VisualProperty<?> property) {
        if (lexicon != null) {
            return lexicon.getSupportedValueRange(property);
        }
        Range<?> range = property.getRange();
        return range instanceof DiscreteRange<?> listed ? listed.values() : Set.of();
    }

    private static Map.Entry<String, Target> colour(VisualProperty<?> property) {
        return Map.entry(property.getIdString(), new Target(property, Color::decode));
    }

    private static Map.Entry<String, Target> number(VisualProperty<?> property) {
        return Map.entry(property.getIdString(), new Target(property, Double::valueOf));
    }

    private static Map.Entry<String, Target> parsed(VisualProperty<?> property) {
        return Map.entry(property.getIdString(), new Target(property, property::parseSerializableString, true));
    }
}
