package org.senescope.render.recipe;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.EvidenceType;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.input.NotAFileException;
import org.senescope.output.FileNames;

/**
 * Recipes as JSON, written and read with jackson-jr. Reading checks every field and names the one at fault; files
 * over {@value #MAX_BYTES} bytes are refused. Stateless and thread-safe.
 */
public final class RecipeFile {

    public static final long MAX_BYTES = 1024 * 1024;
    /** The fields a recipe may have, at the top level and in {@code options}: what {@code write} writes. */
    private static final List<String> FIELDS = List.of("recipe_format", "senescope_version", "libraries",
            "gene_table", "network", "overlays", "species", "overlay_title", "value_label", "options", "formats",
            "base_name", "module_scores", "other_sets");
    private static final List<String> OPTION_FIELDS = List.of("width", "dpi", "display", "title", "caption",
            "colour_limit", "layout", "evidence");

    private static final JSON JSON_OUT = JSON.std.with(JSON.Feature.PRETTY_PRINT_OUTPUT);

    private RecipeFile() {
    }

    /** The versions of the drawing libraries inlined in Senescope, from the build. */
    public static Map<String, String> libraryVersions() {
        try (InputStream in = RecipeFile.class.getResourceAsStream("/org/senescope/render/versions.properties")) {
            Properties p = new Properties();
            if (in != null) {
                p.load(in);
            }
            Map<String, String> versions = new TreeMap<>();
            p.stringPropertyNames().forEach(k -> versions.put(k, p.getProperty(k)));
            return versions;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled library versions", e);
        }
    }

    /** The recipe as pretty-printed JSON, keys in a fixed order, ending in a newline. */
    public static String toJson(FigureRecipe r) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("recipe_format", FigureRecipe.FORMAT_VERSION);
        root.put("senescope_version", r.senescopeVersion());
        root.put("libraries", new TreeMap<>(r.libraries()));
        root.put("gene_table", r.geneTable());
        root.put("network", input(r.network()));
        List<Object> overlays = new ArrayList<>();
        r.overlays().forEach(o -> overlays.add(input(o)));
        root.put("overlays", overlays);
        root.put("species", r.species());
        root.put("overlay_title", r.overlayTitle());
        root.put("value_label", r.valueLabel());
        FigureOptions o = r.options();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("width", o.width().toString());
        options.put("dpi", o.dpi());
        options.put("display", o.display().label());
        options.put("title", o.title());
        options.put("caption", o.caption());
        options.put("colour_limit", o.colourLimit());
        Map<String, Object> layout = new LinkedHashMap<>();
        layout.put("kind", o.layout().automatic() ? "automatic" : "preset");
        layout.put("seed", o.layout().seed());
        layout.put("description", o.layout().describe());
        options.put("layout", layout);
        options.put("evidence", o.evidence().stream().map(EvidenceType::key).toList());
        root.put("options", options);
        root.put("formats", r.formats().stream().map(FigureFormat::extension).toList());
        root.put("base_name", r.baseName());
        // Only figures with module scores carry these keys, so that older recipes and their figures stay unchanged.
        if (!r.moduleScores().isEmpty()) {
            root.put("module_scores", input(r.moduleScores().get(0)));
            root.put("other_sets", r.otherSets());
        }
        try {
            return JSON_OUT.asString(root) + "\n";
        } catch (IOException e) {
            throw new UncheckedIOException("a recipe of plain values always serialises", e);
        }
    }

    /** The recipe's text: bytes that are not UTF-8 are bad data (exit 65), not a failure to read (74). */
    private static String text(Path file) throws IOException {
        if (Files.size(file) > MAX_BYTES) {
            throw new RecipeFormatException(file + ": larger than " + MAX_BYTES + " bytes; not a recipe");
        }
        try {
            return Files.readString(file, StandardCharsets.UTF_8);
        } catch (CharacterCodingException e) {
            throw new RecipeFormatException(file + ": not UTF-8 text; expected a JSON recipe");
        }
    }

    /**
     * Reads a recipe.
     *
     * @throws RecipeFormatException naming the file and the field, or the line and column of a JSON syntax error
     * @throws IOException           when the file cannot be read
     */
    public static FigureRecipe read(Path file) throws IOException, RecipeFormatException {
        NotAFileException.requireRegularFile(file);
        Map<String, Object> root;
        try {
            root = JSON.std.mapFrom(text(file));
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new RecipeFormatException(file + ":" + (at == null ? 0 : at.getLineNr()) + ":"
                    + (at == null ? 0 : at.getColumnNr()) + ": not valid JSON: " + e.getOriginalMessage());
        }
        Fields f = new Fields(file, root, "");
        f.onlyKeys(FIELDS);
        int format = f.integer("recipe_format");
        if (format != FigureRecipe.FORMAT_VERSION) {
            throw f.problem("recipe_format", "expected " + FigureRecipe.FORMAT_VERSION + ", found " + format);
        }
        Fields o = f.object("options");
        o.onlyKeys(OPTION_FIELDS);
        Fields layout = o.object("layout");
        String layoutKind = layout.text("kind");
        if (!layoutKind.equals("preset") && !layoutKind.equals("automatic")) {
            throw layout.problem("kind", "expected preset or automatic, found '" + layoutKind + "'");
        }
        FigureOptions options;
        try {
            options = new FigureOptions(PhysicalLength.parse(o.text("width")), o.integer("dpi"),
                    ConditionDisplay.fromLabel(o.text("display")), o.text("title"), o.text("caption"),
                    o.number("colour_limit"), layoutKind.equals("automatic")
                            ? LayoutChoice.automatic(layout.longInteger("seed")) : LayoutChoice.PRESET,
                    evidence(o));
        } catch (IllegalArgumentException e) {
            throw new RecipeFormatException(file + ": options: " + e.getMessage());
        }
        List<FigureFormat> formats = new ArrayList<>();
        for (Object name : f.list("formats")) {
            formats.add(FigureFormat.fromName(String.valueOf(name)).orElseThrow(() -> f.problem("formats",
                    "unknown format '" + name + "'; expected png, svg, pdf or html")));
        }
        List<RecipeInput> overlays = new ArrayList<>();
        List<Object> list = f.list("overlays");
        for (int i = 0; i < list.size(); i++) {
            overlays.add(f.element("overlays", i, list.get(i)).input());
        }
        Map<String, String> libraries = new TreeMap<>();
        f.object("libraries").map.forEach((k, v) -> libraries.put(k, String.valueOf(v)));
        List<RecipeInput> moduleScores = new ArrayList<>();
        String otherSets = "";
        if (root.containsKey("module_scores")) {
            moduleScores.add(f.object("module_scores").input());
            otherSets = f.text("other_sets");
            if (!otherSets.equals("fail") && !otherSets.equals("skip")) {
                throw f.problem("other_sets", "expected fail or skip, found '" + otherSets + "'");
            }
        }
        return new FigureRecipe(f.text("senescope_version"), libraries, f.text("gene_table"),
                f.object("network").input(), overlays, f.text("species"), f.text("overlay_title"), f.text("value_label"), options,
                formats, baseName(f), moduleScores, otherSets);
    }

    /**
     * The base name of the figure's files: a plain file name, since the files are named it plus an extension in the
     * output folder and a path would put them elsewhere.
     */
    private static String baseName(Fields f) throws RecipeFormatException {
        String name = f.text("base_name");
        if (!FileNames.isPlain(name)) {
            throw f.problem("base_name", "expected a plain file name, found '" + name + "'");
        }
        return name;
    }

    /** The evidence levels drawn; every level for a recipe written before figures could leave some out. */
    private static Set<EvidenceType> evidence(Fields options) throws RecipeFormatException {
        if (!options.map().containsKey("evidence")) {
            return EnumSet.allOf(EvidenceType.class);
        }
        Set<EvidenceType> levels = EnumSet.noneOf(EvidenceType.class);
        for (Object key : options.list("evidence")) {
            levels.add(EvidenceType.fromKey(String.valueOf(key)).orElseThrow(() -> options.problem("evidence",
                    "unknown evidence level '" + key + "'")));
        }
        return levels;
    }

    private static Map<String, Object> input(RecipeInput in) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("path", in.path());
        m.put("sha256", in.sha256());
        m.put("condition", in.condition());
        return m;
    }

    /** Typed access to one JSON object's fields, each failure naming the file and the field's path. */
    private record Fields(Path file, Map<String, Object> map, String prefix) {

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
        Fields object(String key) throws RecipeFormatException {
            Object v = get(key);
            if (!(v instanceof Map)) {
                throw problem(key, "expected an object, found " + v);
            }
            return new Fields(file, (Map<String, Object>) v, prefix + key + ".");
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
        Fields element(String key, int i, Object v) throws RecipeFormatException {
            if (!(v instanceof Map)) {
                throw problem(key + "[" + i + "]", "expected an object, found " + v);
            }
            return new Fields(file, (Map<String, Object>) v, prefix + key + "[" + i + "].");
        }

        RecipeInput input() throws RecipeFormatException {
            String sha = text("sha256");
            if (!sha.matches("[0-9a-f]{64}")) {
                throw problem("sha256", "expected 64 lower-case hex digits, found '" + sha + "'");
            }
            return new RecipeInput(text("path"), sha, text("condition"));
        }
    }
}
