package org.senescope.render;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * One element of a drawing that a person editing the figure should find as one object (a node with its label, an
 * edge with its head, a legend item with its glyph and words), and the data that say which element it is. Only a back
 * end with groups (SVG) writes it; the picture is the same without it. Immutable.
 *
 * @param role what sort of element it is, a lower-case word with hyphens ({@code node}, {@code edge}, {@code
 *             legend-item}...): the SVG group's class and the start of its id
 * @param name names the element among those of its role (a node's id, an edge's id, a legend item's words), any text:
 *             the SVG id is made from it
 * @param data the element's attributes by name without the {@code data-} prefix (lower-case letters, digits and
 *             hyphens), any text as values, in the order given
 */
public record DrawingGroup(String role, String name, Map<String, String> data) {

    private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9-]*");

    public DrawingGroup {
        Objects.requireNonNull(name, "name");
        requireWord(role);
        data.keySet().forEach(DrawingGroup::requireWord);
        data.values().forEach(v -> Objects.requireNonNull(v, "data value"));
        // A copy that keeps the order, so that the same drawing writes its attributes in the same order every time.
        data = Collections.unmodifiableMap(new LinkedHashMap<>(data));
    }

    /** A group whose data are {@code keysAndValues}: name, value, name, value... */
    public static DrawingGroup of(String role, String name, String... keysAndValues) {
        if (keysAndValues.length % 2 != 0) {
            throw new IllegalArgumentException("data come in name, value pairs; found " + keysAndValues.length);
        }
        Map<String, String> data = new LinkedHashMap<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            data.put(keysAndValues[i], keysAndValues[i + 1]);
        }
        return new DrawingGroup(role, name, data);
    }

    private static void requireWord(String word) {
        if (!WORD.matcher(word).matches()) {
            throw new IllegalArgumentException("not a lower-case word with hyphens: \"" + word + "\"");
        }
    }
}
