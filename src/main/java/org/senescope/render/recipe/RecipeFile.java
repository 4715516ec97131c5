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
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.jr.ob.JSON;
import org.senescope.model.figure.ConditionDisplay;
import org.senescope.model.format.FigureFormat;
import org.senescope.model.figure.FigureOptions;
import org.senescope.model.overlay.ExpressionFilter;
import org.senescope.model.EvidenceType;
import org.senescope.model.figure.LayoutChoice;
import org.senescope.model.figure.PhysicalLength;
import org.senescope.failure.MessageFields;
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
            "base_name", "module_scores", "other_sets", "min_expression");
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
        // Only figures with --min-expression carry the key, so that older recipes and their figures stay unchanged.
        if (r.expression() instanceof ExpressionFilter.AtLeast atLeast) {
            root.put("min_expression", atLeast.minimum());
        }
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

    /** The recipe's JSON object, or a {@link RecipeFormatException} at the line and column of a syntax error. */
    private static Map<String, Object> parse(Path file) throws IOException {
        String text = text(file);
        requireObject(file, text);
        try {
            return JSON.std.mapFrom(text);
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            String reason = e.getOriginalMessage();
            throw new RecipeFormatException(file + ":" + (at == null ? 0 : at.getLineNr()) + ":"
                    + (at == null ? 0 : at.getColumnNr()) + ": " + (reason.startsWith("Unexpected end-of-input")
                    ? "the file ends inside the JSON (" + reason.substring(0, 1).toLowerCase(Locale.ROOT)
                            + reason.substring(1) + "); expected a complete JSON recipe (cut short?)"
                    : "not valid JSON: " + MessageFields.shortenLongRuns(reason)));
        }
    }

    /**
     * Refuses text that is empty or does not start with a JSON object, in our words: the JSON library's for these
     * cases ("No content to map due to end-of-input" at column 0, "Can not read a Map") do not say what was expected.
     */
    private static void requireObject(Path file, String text) {
        int first = 0;
        while (first < text.length()
                && (Character.isWhitespace(text.charAt(first)) || text.charAt(first) == '\ufeff')) {
            first++;
        }
        if (first == text.length()) {
            throw new RecipeFormatException(file + ": empty file; expected a JSON recipe (an object: { ... })");
        }
        if (text.charAt(first) != '{') {
            int lineStart = text.lastIndexOf('\n', first) + 1;
            long line = text.substring(0, first).chars().filter(c -> c == '\n').count() + 1;
            String rest = text.substring(first);
            String token = Character.isLetterOrDigit(rest.charAt(0)) ? rest.split("[^\\p{Alnum}_.+-]", 2)[0]
                    : rest.substring(0, Character.charCount(rest.codePointAt(0)));
            throw new RecipeFormatException(file + ":" + line + ":" + (first - lineStart + 1) + ": found '"
                    + MessageFields.shorten(token) + "'; expected a JSON recipe, an object starting with '{'");
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
        Map<String, Object> root = parse(file);
        RecipeFields f = new RecipeFields(file, root, "");
        f.onlyKeys(FIELDS);
        int format = f.integer("recipe_format");
        if (format != FigureRecipe.FORMAT_VERSION) {
            throw f.problem("recipe_format", "expected " + FigureRecipe.FORMAT_VERSION + ", found " + format);
        }
        RecipeFields o = f.object("options");
        o.onlyKeys(OPTION_FIELDS);
        RecipeFields layout = o.object("layout");
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
        f.object("libraries").map().forEach((k, v) -> libraries.put(k, String.valueOf(v)));
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
                formats, baseName(f), moduleScores, otherSets, expression(f, root));
    }

    /** The optional {@code min_expression}: none in recipes without it (all written before it existed). */
    private static ExpressionFilter expression(RecipeFields f, Map<String, Object> root) {
        if (!root.containsKey("min_expression")) {
            return ExpressionFilter.NONE;
        }
        double minimum = f.number("min_expression");
        if (!Double.isFinite(minimum)) {
            throw f.problem("min_expression", "expected a finite number, found " + minimum);
        }
        return new ExpressionFilter.AtLeast(minimum);
    }

    /**
     * The base name of the figure's files: a plain file name, since the files are named it plus an extension in the
     * output folder and a path would put them elsewhere.
     */
    private static String baseName(RecipeFields f) throws RecipeFormatException {
        String name = f.text("base_name");
        if (!FileNames.isPlain(name)) {
            throw f.problem("base_name", "expected a plain file name, found '" + name + "'");
        }
        return name;
    }

    /** The evidence levels drawn; every level for a recipe written before figures could leave some out. */
    private static Set<EvidenceType> evidence(RecipeFields options) throws RecipeFormatException {
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
}
