// Compile-only stand-in for the Cytoscape 3.10 App API (see docs/cytoscape.md); never packaged.
package org.cytoscape.view.presentation.property;

import java.util.function.Function;

import org.cytoscape.view.model.VisualProperty;

/** Not part of the real API: the stand-in's one implementation of the lexicon's properties. */
class StandInProperty<T> implements VisualProperty<T> {

    private final String id;
    private final T defaultValue;
    private final Function<String, T> parser;
    private final Function<T, String> writer;

    StandInProperty(String id, T defaultValue, Function<String, T> parser, Function<T, String> writer) {
        this.id = id;
        this.defaultValue = defaultValue;
        this.parser = parser;
        this.writer = writer;
    }

    @Override
    public String getIdString() {
        return id;
    }

    @Override
    public String getDisplayName() {
        return id;
    }

    @Override
    public T getDefault() {
        return defaultValue;
    }

    @Override
    public String toSerializableString(T value) {
        return writer.apply(value);
    }

    @Override
    public T parseSerializableString(String value) {
        return parser.apply(value);
    }

    @Override
    public String toString() {
        return id;
    }
}
