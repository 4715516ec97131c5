package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The CyREST examples of docs/cytoscape.md ("Each command through CyREST's JSON body"), read from the page itself so
 * that the page and the tests cannot drift: per command, posted to the strict endpoint {@code /senescope/v1}, the
 * RCy3 body ({@code body = list(...)}), the py4cytoscape
 * body ({@code body={...}}) and the documented answer. The answer's {@code ...} are read as the page means them: in
 * an object, "more keys" (kept as the key {@value #MORE}); in a list, "more elements like these".
 */
final class DocumentedCommands {

    /** The key standing for an object's elided keys. */
    static final String MORE = "...";

    private static final Path PAGE = Path.of("docs/cytoscape.md");
    private static final String SECTION = "### Each command through CyREST's JSON body";
    private static final Pattern FENCE = Pattern.compile("```(\\w+)\\n(.*?)```", Pattern.DOTALL);
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build();

    /**
     * One documented command.
     *
     * @param r      the RCy3 example's body
     * @param python the py4cytoscape example's body
     * @param answer the documented answer, {@code {"data": ..., "errors": []}}
     */
    record Example(ObjectNode r, ObjectNode python, JsonNode answer) {
    }

    private DocumentedCommands() {
    }

    /** The examples by command name ({@code build}, {@code overlay}, {@code gsea}, {@code export figure}, ...). */
    static Map<String, Example> read() throws IOException {
        String page = Files.readString(PAGE);
        int start = page.indexOf(SECTION);
        assertTrue(start >= 0, "docs/cytoscape.md has the section " + SECTION);
        int end = page.indexOf("\n### ", start + SECTION.length());
        String section = page.substring(start, end);
        Map<String, Example> examples = new LinkedHashMap<>();
        Matcher heading = Pattern.compile("\\n\\*\\*([a-z -]+)\\*\\*\\n").matcher(section);
        List<Integer> starts = new ArrayList<>();
        List<String> names = new ArrayList<>();
        while (heading.find()) {
            starts.add(heading.end());
            names.add(heading.group(1));
        }
        starts.add(section.length());
        for (int i = 0; i < names.size(); i++) {
            examples.put(names.get(i), example(names.get(i), section.substring(starts.get(i), starts.get(i + 1))));
        }
        return examples;
    }

    /** One command's examples, which must post to the strict endpoint ({@code /senescope/v1/<command>}). */
    private static Example example(String command, String text) throws IOException {
        Map<String, String> blocks = new LinkedHashMap<>();
        Matcher fence = FENCE.matcher(text);
        while (fence.find()) {
            assertEquals(null, blocks.put(fence.group(1), fence.group(2)), "one " + fence.group(1) + " block");
        }
        assertEquals(List.of("r", "python", "json"), List.copyOf(blocks.keySet()));
        assertTrue(blocks.get("r").contains("cyrestPOST(\"" + command + "\", base.url = senescope, body = list("),
                blocks.get("r"));
        assertTrue(blocks.get("python").contains("cyrest_post('" + command + "', base_url=SENESCOPE, body={"),
                blocks.get("python"));
        return new Example(rBody(blocks.get("r")), pythonBody(blocks.get("python")), answer(blocks.get("json")));
    }

    /** {@code body = list(k = "v", n = 2, b = TRUE, f = normalizePath("x"))} as the JSON object RCy3 sends. */
    private static ObjectNode rBody(String code) throws IOException {
        Matcher list = Pattern.compile("body = list\\((.*)\\)\\)", Pattern.DOTALL).matcher(code);
        assertTrue(list.find(), code);
        String json = list.group(1)
                .replaceAll("normalizePath\\((\"[^\"]*\")\\)", "$1")
                .replaceAll("(\\w+) = ", "\"$1\": ")
                .replace("TRUE", "true").replace("FALSE", "false");
        return (ObjectNode) JSON.readTree("{" + json + "}");
    }

    /** {@code body={'k': 'v', 'n': 2, 'b': True}} as the JSON object py4cytoscape sends. */
    private static ObjectNode pythonBody(String code) throws IOException {
        Matcher dict = Pattern.compile("body=(\\{.*?\\})\\)", Pattern.DOTALL).matcher(code);
        assertTrue(dict.find(), code);
        String json = dict.group(1).replace('\'', '"').replace("True", "true").replace("False", "false");
        return (ObjectNode) JSON.readTree(json);
    }

    private static JsonNode answer(String json) throws IOException {
        String read = json.replaceAll(",\\s*\\.\\.\\.\\s*}", ", \"" + MORE + "\": true}")
                .replaceAll(",\\s*\\.\\.\\.(?=\\s*[],])", "");
        return JSON.readTree(read);
    }

    /**
     * Asserts that {@code real} has the documented shape: each documented object key (all of them, and no other
     * unless the page elides keys), each value of the same JSON type (a documented whole number a whole number), each
     * list element shaped as the documented first element.
     */
    static void assertShape(JsonNode documented, JsonNode real, String where) {
        assertEquals(documented.getNodeType(), real.getNodeType(), where + ": " + real);
        if (documented.isIntegralNumber()) {
            assertTrue(real.isIntegralNumber(), where + " is a whole number: " + real);
        } else if (documented.isObject()) {
            List<String> keys = new ArrayList<>();
            documented.fieldNames().forEachRemaining(keys::add);
            boolean more = keys.remove(MORE);
            List<String> realKeys = new ArrayList<>();
            real.fieldNames().forEachRemaining(realKeys::add);
            if (more) {
                assertTrue(realKeys.containsAll(keys), where + ": " + realKeys + " lacks some of " + keys);
            } else {
                assertEquals(new TreeSet<>(keys), new TreeSet<>(realKeys), where + " keys");
            }
            keys.forEach(k -> assertShape(documented.get(k), real.get(k), where + "/" + k));
        } else if (documented.isArray() && !documented.isEmpty()) {
            Iterator<JsonNode> elements = real.elements();
            for (int i = 0; elements.hasNext(); i++) {
                assertShape(documented.get(0), elements.next(), where + "/" + i);
            }
        }
    }
}
