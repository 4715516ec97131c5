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
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.cytoscape.view.model.VisualProperty;
import org.senescope.model.style.VisualStyleSpec;

/**
 * Translates {@link VisualStyleSpec} properties and values (as {@code export.NetworkStyle} states them)
 * into Cytoscape's {@link VisualProperty} objects and values: colours into {@link Color}, numbers into numbers, and
 * shapes, arrows and line types through the property's own parser, which knows the shapes the renderer adds
 * (such as {@code VEE}) as well as the core ones. Stateless and thread-safe.
 */
final class LexiconValues {

    /** A Cytoscape visual property and how to turn Senescope's value names into its values. */
    record Target(VisualProperty<?> property, Function<String, ?> parse) {
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

    private LexiconValues() {
    }

    /**
     * The Cytoscape properties that carry {@code property} (edge colour has two).
     *
     * @throws IllegalArgumentException for a property this adapter does not know, which is a programming error
     */
    static List<Target> targets(VisualStyleSpec.Property property) {
        return property.cytoscapeNames().stream().map(name -> {
            Target target = BY_NAME.get(name);
            if (target == null) {
                throw new IllegalArgumentException("no Cytoscape visual property for " + name);
            }
            return target;
        }).toList();
    }

    /**
     * The value of {@code target} named by {@code value}.
     *
     * @throws IllegalArgumentException when Cytoscape does not know the value (for example a shape its renderer lacks)
     */
    static Object value(Target target, VisualStyleSpec.Value value) {
        Object parsed = target.parse().apply(value.cytoscapeName());
        if (parsed == null) {
            throw new IllegalArgumentException("Cytoscape has no " + target.property().getIdString() + " value "
                    + value.cytoscapeName());
        }
        return parsed;
    }

    private static Map.Entry<String, Target> colour(VisualProperty<?> property) {
        return Map.entry(property.getIdString(), new Target(property, Color::decode));
    }

    private static Map.Entry<String, Target> number(VisualProperty<?> property) {
        return Map.entry(property.getIdString(), new Target(property, Double::valueOf));
    }

    private static Map.Entry<String, Target> parsed(VisualProperty<?> property) {
        return Map.entry(property.getIdString(), new Target(property, property::parseSerializableString));
    }
}
