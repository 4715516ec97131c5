// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.function.Function;

import org.cytoscape.model.CyIdentifiable;
import org.cytoscape.standin.StandInOnly;
import org.cytoscape.view.model.AbstractVisualProperty;
import org.cytoscape.view.model.Range;

/**
 * Not part of the real API, which has a public class per value type (PaintVisualProperty, DoubleVisualProperty...):
 * the stand-in's one implementation of the colour, number and text properties, whose range takes any value.
 */
@StandInOnly
final class StandInProperty<T> extends AbstractVisualProperty<T> {

    private final Function<String, T> parser;
    private final Function<T, String> writer;

    StandInProperty(Class<T> type, T defaultValue, String id, String displayName,
            Class<? extends CyIdentifiable> target, Function<String, T> parser, Function<T, String> writer) {
        super(defaultValue, new AnyValue<>(type), id, displayName, target);
        this.parser = parser;
        this.writer = writer;
    }

    @Override
    public String toSerializableString(T value) {
        return writer.apply(value);
    }

    @Override
    public T parseSerializableString(String value) {
        return parser.apply(value);
    }

    private record AnyValue<T>(Class<T> getType) implements Range<T> {
        @Override
        public boolean isDiscrete() {
            return false;
        }

        @Override
        public boolean inRange(T value) {
            return getType.isInstance(value);
        }
    }
}
