package org.senescope.architecture;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.github.javaparser.JavaParser;
import com.github.javaparser.ParseResult;
import com.github.javaparser.ParserConfiguration;
import com.github.javaparser.ast.CompilationUnit;
import com.github.javaparser.ast.Node;
import com.github.javaparser.ast.body.CallableDeclaration;
import com.github.javaparser.ast.body.CompactConstructorDeclaration;
import com.github.javaparser.ast.body.Parameter;
import com.github.javaparser.ast.body.TypeDeclaration;
import com.github.javaparser.ast.nodeTypes.NodeWithSimpleName;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The project's size limits for production code: no class (source file) in {@code src/main/java} over
 * {@value #MAX_CLASS_LINES} lines, no method or constructor over {@value #MAX_METHOD_LINES} lines (from its first
 * annotation or modifier to its closing brace, javadoc not counted), methods found by parsing the source. Each
 * offender is named with its line count.
 */
class SourceSizeTest {

    static final int MAX_CLASS_LINES = 300;
    static final int MAX_METHOD_LINES = 60;

    static final Path MAIN = Path.of("src/main/java");

    /**
     * TEMPORARY until issue 11's refactor merges: packages other branches are rewriting right now. Only they may have
     * allowed offenders, each at most at its size of today; an entry that no longer offends fails the test too, so
     * that the list only shrinks.
     */
    static final List<String> BEING_REWRITTEN = List.of("org/senescope/cli/", "org/senescope/cytoscape/",
            "org/senescope/workflow/", "org/senescope/demo/", "org/senescope/genes/hgnc/",
            "org/senescope/render/plots/", "org/senescope/render/png/", "org/senescope/render/svg/",
            "org/senescope/render/pdf/", "org/senescope/render/files/");

    /** TEMPORARY (see {@link #BEING_REWRITTEN}): classes over the limit today, by source file, with their lines. */
    private static final Map<String, Integer> ALLOWED_CLASSES = Map.of(
            "org/senescope/render/plots/EnrichmentPlot.java", 305);

    /** TEMPORARY (see {@link #BEING_REWRITTEN}): methods over the limit today, by file and method, with their lines. */
    private static final Map<String, Integer> ALLOWED_METHODS = Map.of(
            "org/senescope/cli/CameraCommand.java CameraCommand.call()", 105,
            "org/senescope/cli/GseaCommand.java GseaCommand.call()", 97,
            "org/senescope/cli/OraCommand.java OraCommand.call()", 69,
            "org/senescope/cli/OverlayCommand.java OverlayCommand.call()", 65,
            "org/senescope/cli/ScoreCommand.java ScoreCommand.call()", 102,
            "org/senescope/cytoscape/GseaRanking.java GseaRanking.fromColumn(CyNetwork, String, OverlayTarget)", 65,
            "org/senescope/render/plots/EnrichmentPlot.java EnrichmentPlot.paint(Graphics2D)", 136,
            "org/senescope/render/plots/ScoreHeatmap.java ScoreHeatmap.paint(Graphics2D)", 93);

    private static final List<CompilationUnit> units = new ArrayList<>();
    private static final Map<CompilationUnit, String> fileOf = new HashMap<>();

    @BeforeAll
    static void parse() throws IOException {
        JavaParser parser = new JavaParser(new ParserConfiguration()
                .setLanguageLevel(ParserConfiguration.LanguageLevel.JAVA_17));
        for (Path file : javaFiles()) {
            ParseResult<CompilationUnit> result = parser.parse(file);
            CompilationUnit unit = result.getResult().filter(u -> result.isSuccessful())
                    .orElseThrow(() -> new AssertionError("cannot parse " + file + ": " + result.getProblems()));
            units.add(unit);
            fileOf.put(unit, relative(file));
        }
    }

    @Test
    void classesHaveAtMost300Lines() throws IOException {
        Map<String, Integer> offenders = new TreeMap<>();
        for (Path file : javaFiles()) {
            int lines = lineCount(file);
            if (lines > MAX_CLASS_LINES) {
                offenders.put(relative(file), lines);
            }
        }
        assertEquals("", verdict("class", MAX_CLASS_LINES, offenders, ALLOWED_CLASSES));
    }

    @Test
    void methodsHaveAtMost60Lines() {
        Map<String, Integer> offenders = new TreeMap<>();
        for (CompilationUnit unit : units) {
            Stream.concat(unit.findAll(CallableDeclaration.class).stream(),
                            unit.findAll(CompactConstructorDeclaration.class).stream())
                    .forEach(m -> {
                        int lines = lines(m);
                        if (lines > MAX_METHOD_LINES) {
                            offenders.put(fileOf.get(unit) + " " + signature(m), lines);
                        }
                    });
        }
        assertEquals("", verdict("method", MAX_METHOD_LINES, offenders, ALLOWED_METHODS));
    }

    @Test
    void onlyPackagesBeingRewrittenHaveAllowedOffenders() {
        List<String> misplaced = Stream.concat(ALLOWED_CLASSES.keySet().stream(), ALLOWED_METHODS.keySet().stream())
                .filter(key -> BEING_REWRITTEN.stream().noneMatch(key::startsWith)).sorted().toList();
        assertEquals(List.of(), misplaced);
    }

    @Test
    void verdictNamesEachOffenderWithItsLineCountAndEachStaleAllowance() {
        Map<String, Integer> offenders = new TreeMap<>(Map.of("a/Big.java", 301, "a/Grown.java", 320,
                "a/Allowed.java", 310));
        Map<String, Integer> allowed = Map.of("a/Grown.java", 310, "a/Allowed.java", 310, "a/Fixed.java", 302);
        assertEquals("a/Big.java: 301 lines, over the class limit of 300\n"
                + "a/Grown.java: 320 lines, grown past its allowance of 310\n"
                + "a/Fixed.java: no longer over the class limit; remove it from the allow-list",
                verdict("class", 300, offenders, allowed));
    }

    /**
     * What is wrong, one line each, or the empty string: offenders not allowed or grown past their allowance, and
     * allowances that no longer apply.
     */
    static String verdict(String what, int limit, Map<String, Integer> offenders, Map<String, Integer> allowed) {
        List<String> problems = new ArrayList<>();
        offenders.forEach((key, lines) -> {
            Integer allowance = allowed.get(key);
            if (allowance == null) {
                problems.add(key + ": " + lines + " lines, over the " + what + " limit of " + limit);
            } else if (lines > allowance) {
                problems.add(key + ": " + lines + " lines, grown past its allowance of " + allowance);
            }
        });
        new TreeMap<>(allowed).forEach((key, allowance) -> {
            if (!offenders.containsKey(key)) {
                problems.add(key + ": no longer over the " + what + " limit; remove it from the allow-list");
            }
        });
        return problems.stream().collect(Collectors.joining("\n"));
    }

    static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN)) {
            return files.filter(f -> f.toString().endsWith(".java"))
                    .filter(f -> !f.getFileName().toString().equals("package-info.java")).sorted().toList();
        }
    }

    static String relative(Path file) {
        return MAIN.relativize(file).toString().replace('\\', '/');
    }

    private static int lineCount(Path file) throws IOException {
        try (Stream<String> lines = Files.lines(file)) {
            return (int) lines.count();
        }
    }

    private static int lines(Node node) {
        return node.getRange().map(r -> r.end.line - r.begin.line + 1)
                .orElseThrow(() -> new AssertionError("no position for " + node));
    }

    /** {@code Outer.Inner.name(ParamType, ...)}, the named types that enclose the method first. */
    private static String signature(Node method) {
        List<String> names = new ArrayList<>();
        Optional<Node> parent = method.getParentNode();
        while (parent.isPresent()) {
            if (parent.get() instanceof TypeDeclaration<?> type) {
                names.add(0, type.getNameAsString());
            }
            parent = parent.get().getParentNode();
        }
        String name = ((NodeWithSimpleName<?>) method).getNameAsString();
        String parameters = method instanceof CallableDeclaration<?> callable
                ? callable.getParameters().stream().map(Parameter::getTypeAsString).collect(Collectors.joining(", "))
                : "compact";
        return String.join(".", names) + "." + name + "(" + parameters + ")";
    }
}
