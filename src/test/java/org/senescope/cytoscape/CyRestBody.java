package org.senescope.cytoscape;

import java.io.File;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.cytoscape.work.Tunable;
import org.jspecify.annotations.Nullable;

/**
 * A CyREST POST body applied to a task's Tunables as Cytoscape 3.10.3 does, written from reading its sources (facts,
 * not its code): CyREST's JAX-RS Gson reader turns the body into a {@code Map<String, Object>} whose JSON numbers are
 * all {@link Double}s, strings {@link String}s and booleans {@link Boolean}s; the command executor's
 * {@code CommandTunableInterceptorImpl} then, for each Tunable, takes the keys equal to its name (or its name with
 * the first letter upper-cased): a text value goes through the type's handler ({@code Integer.parseInt},
 * {@code Long.parseLong}, {@code Double.parseDouble}, {@code Boolean.parseBoolean}, {@code new File}, the text
 * itself), any other value is set on the field by reflection; a failure becomes "Couldn't parse value from: v for
 * setting: name". Keys that name no Tunable are ignored: the task never sees them.
 */
final class CyRestBody {

    private CyRestBody() {
    }

    /** Sets {@code task}'s Tunables from the JSON object {@code body}. */
    static void apply(String body, Object task) throws JsonProcessingException {
        apply(gsonMap(body), task);
    }

    /** The JSON object {@code body} as CyREST's Gson reader gives it to a resource: numbers as {@link Double}s. */
    static Map<String, @Nullable Object> gsonMap(String body) throws JsonProcessingException {
        Map<String, @Nullable Object> args = new LinkedHashMap<>();
        new ObjectMapper().readTree(body).fields().forEachRemaining(e -> args.put(e.getKey(), gsonValue(e.getValue())));
        return args;
    }

    /** Sets {@code task}'s Tunables from {@code args} as the command executor does. */
    static void apply(Map<String, ? extends @Nullable Object> args, Object task) {
        for (Field field : task.getClass().getFields()) {
            if (!field.isAnnotationPresent(Tunable.class)) {
                continue;
            }
            String name = field.getName();
            String upper = Character.toUpperCase(name.charAt(0)) + name.substring(1);
            args.forEach((key, value) -> {
                if (key.equals(name) || key.equals(upper)) {
                    set(task, field, value);
                }
            });
        }
    }

    private static @Nullable Object gsonValue(JsonNode node) {
        if (node.isNull()) {
            return null;
        }
        if (node.isArray()) {
            List<@Nullable Object> list = new ArrayList<>();
            node.forEach(element -> list.add(gsonValue(element)));
            return list;
        }
        if (node.isObject()) {
            Map<String, @Nullable Object> map = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> map.put(e.getKey(), gsonValue(e.getValue())));
            return map;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return node.asText();
    }

    private static void set(Object task, Field field, Object value) {
        try {
            field.set(task, value instanceof String text ? parse(field.getType(), text) : value);
        } catch (ReflectiveOperationException | RuntimeException e) {
            throw new IllegalArgumentException("Couldn't parse value from: " + value + " for setting: "
                    + field.getName(), e);
        }
    }

    private static Object parse(Class<?> type, String text) {
        if (type == int.class) {
            return Integer.parseInt(text);
        }
        if (type == long.class) {
            return Long.parseLong(text);
        }
        if (type == double.class) {
            return Double.parseDouble(text);
        }
        if (type == boolean.class) {
            return Boolean.parseBoolean(text);
        }
        if (type == File.class) {
            return new File(text);
        }
        return text;
    }
}
