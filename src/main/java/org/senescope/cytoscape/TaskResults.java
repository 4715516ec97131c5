package org.senescope.cytoscape;

import java.util.List;
import java.util.function.Supplier;

import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;

/** The result types every Senescope task offers its observers (CyREST among them): a text and a JSON form. */
final class TaskResults {

    static final List<Class<?>> TYPES = List.of(String.class, JSONResult.class);

    private TaskResults() {
    }

    /** The result as {@code type}: the text, the JSON, or {@code null} (Cytoscape's convention) for any other type. */
    static <R> @Nullable R as(Class<? extends R> type, Supplier<String> text, JSONResult json) {
        if (type == String.class) {
            return type.cast(text.get());
        }
        if (type == JSONResult.class) {
            return type.cast(json);
        }
        return null;
    }
}
