package org.senescope.render.recipe;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/** Typed access to one JSON object's fields of a recipe, each failure naming the file and the field's path. */
record RecipeFields(Path file, Map<String, Object> map, String prefix) {

    /** A recipe is checked whole: a field this version does not know (a typo, a hand edit) is refused. */
    void onlyKeys(List<String> expected) throws RecipeFormatException {
        for (String key : map.keySet()) {
            if (!expected.contains(key)) {
                throw problem(key, "not a recipe field; expected only " + String.join(", ", expected));
            }
        }
    }

    RecipeFormatException problem(String key, String message) {
        return new RecipeFormatException(file + ": field '" + prefix + key + "': " + message);
    }

    private Object get(String key) throws RecipeFormatException {
        Object v = map.get(key);
        if (v == null) {
            throw problem(key, "missing");
        }
        return v;
    }

    String text(String key) throws RecipeFormatException {
        Object v = get(key);
        if (!(v instanceof String s)) {
            throw problem(key, "expected text, found " + v);
        }
        return s;
    }

    double number(String key) throws RecipeFormatException {
        Object v = get(key);
        if (!(v instanceof Number n)) {
            throw problem(key, "expected a number, found " + v);
        }
        return n.doubleValue();
    }

    int integer(String key) throws RecipeFormatException {
        long v = longInteger(key);
        if (v < Integer.MIN_VALUE || v > Integer.MAX_VALUE) {
            throw problem(key, "expected an integer, found " + v);
        }
        return (int) v;
    }

    long longInteger(String key) throws RecipeFormatException {
        Object v = get(key);
        if (!(v instanceof Integer || v instanceof Long)) {
            throw problem(key, "expected an integer, found " + v);
        }
        return ((Number) v).longValue();
    }

    @SuppressWarnings("unchecked")
    RecipeFields object(String key) throws RecipeFormatException {
        Object v = get(key);
        if (!(v instanceof Map)) {
            throw problem(key, "expected an object, found " + v);
        }
        return new RecipeFields(file, (Map<String, Object>) v, prefix + key + ".");
    }

    @SuppressWarnings("unchecked")
    List<Object> list(String key) throws RecipeFormatException {
        Object v = get(key);
        if (!(v instanceof List)) {
            throw problem(key, "expected a list, found " + v);
        }
        return (List<Object>) v;
    }

    @SuppressWarnings("unchecked")
    RecipeFields element(String key, int i, Object v) throws RecipeFormatException {
        if (!(v instanceof Map)) {
            throw problem(key + "[" + i + "]", "expected an object, found " + v);
        }
        return new RecipeFields(file, (Map<String, Object>) v, prefix + key + "[" + i + "].");
    }

    RecipeInput input() throws RecipeFormatException {
        String sha = text("sha256");
        if (!sha.matches("[0-9a-f]{64}")) {
            throw problem("sha256", "expected 64 lower-case hex digits, found '" + sha + "'");
        }
        return new RecipeInput(text("path"), sha, text("condition"));
    }
}
