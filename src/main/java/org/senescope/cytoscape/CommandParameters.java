package org.senescope.cytoscape;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import com.fasterxml.jackson.jr.ob.JSON;
import org.cytoscape.work.Tunable;
import org.jspecify.annotations.Nullable;

/**
 * The parameters one Senescope command takes, read from its task's public {@link Tunable} fields (the very fields
 * Cytoscape's command executor sets), and the check of a CyREST POST body against them. Cytoscape's executor looks up
 * only the keys that name a Tunable and ignores the rest, and parses a text value for a boolean with
 * {@code Boolean.parseBoolean} ("maybe" is false); this check refuses both before the executor runs. Immutable.
 *
 * @param command the command's name, as in {@code senescope <command>}
 * @param types each parameter's Tunable field type, by parameter name, in name order
 */
record CommandParameters(String command, Map<String, Class<?>> types) {

    /**
     * What a body asks for.
     *
     * @param arguments the body's values as Cytoscape's executor takes them (Boolean, Double or text), by parameter;
     *                  empty when there are problems
     * @param problems one message for each unknown key and each value of the wrong kind, in the body's order
     */
    record Checked(Map<String, Object> arguments, List<String> problems) {
        Checked {
            arguments = Collections.unmodifiableMap(new LinkedHashMap<>(arguments));
            problems = List.copyOf(problems);
        }
    }

    CommandParameters {
        types = Collections.unmodifiableMap(new TreeMap<>(types));
    }

    /** The parameters of {@code task}: its public, non-static fields annotated {@link Tunable}. */
    static CommandParameters of(String command, Class<?> task) {
        Map<String, Class<?>> types = new TreeMap<>();
        for (Field field : task.getFields()) {
            if (field.isAnnotationPresent(Tunable.class) && !Modifier.isStatic(field.getModifiers())) {
                types.put(field.getName(), field.getType());
            }
        }
        return new CommandParameters(command, types);
    }

    /**
     * Checks {@code body}, a POST body as CyREST's JSON reader gives it (JSON numbers as {@link Number}s, booleans as
     * {@link Boolean}s, text as {@link String}s, arrays as lists, objects as maps, {@code null} as null). Keys must be
     * parameter names, exactly; a boolean parameter takes {@code true}, {@code false} or that text in any case; a
     * decimal one a number or text {@code Double.parseDouble} reads; a text or path parameter text (a number is taken
     * as the text of its value).
     */
    Checked check(Map<String, ?> body) {
        Map<String, Object> arguments = new LinkedHashMap<>();
        List<String> problems = new ArrayList<>();
        body.forEach((key, value) -> {
            Class<?> type = types.get(key);
            if (type == null) {
                problems.add("unknown parameter '" + key + "'; senescope " + command + " takes "
                        + String.join(", ", types.keySet()));
                return;
            }
            Object argument = argument(type, value);
            if (argument == null) {
                problems.add(key + ": expected " + expected(type) + ", found " + json(value));
            } else {
                arguments.put(key, argument);
            }
        });
        return problems.isEmpty() ? new Checked(arguments, problems) : new Checked(Map.of(), problems);
    }

    /** {@code value} as the executor should be given it for a field of {@code type}, or null when it does not fit. */
    private static @Nullable Object argument(Class<?> type, @Nullable Object value) {
        if (type == boolean.class) {
            if (value instanceof Boolean b) {
                return b;
            }
            boolean word = value instanceof String text
                    && (text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false"));
            return word ? Boolean.valueOf((String) value) : null;
        }
        if (type == double.class) {
            if (value instanceof Number n) {
                return n.doubleValue();
            }
            return value instanceof String text ? decimal(text) : null;
        }
        if (value instanceof String text) {
            return text;
        }
        // A number for a text parameter (minExpression=10) is its text; never for a path.
        return value instanceof Number n && type == String.class ? json(n) : null;
    }

    private static @Nullable Double decimal(String text) {
        try {
            return Double.parseDouble(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static String expected(Class<?> type) {
        if (type == boolean.class) {
            return "true or false";
        }
        if (type == double.class) {
            return "a number";
        }
        return type == File.class ? "a file path" : "text";
    }

    /** {@code value} written as JSON, as the user would have sent it. */
    private static String json(@Nullable Object value) {
        try {
            return JSON.std.asString(value);
        } catch (IOException e) {
            throw new UncheckedIOException("writing a JSON value to a string failed", e);
        }
    }
}
