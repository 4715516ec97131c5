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
        assertEquals("", verdict("class", MAX_CLASS_LINES, offenders));
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
        assertEquals("", verdict("method", MAX_METHOD_LINES, offenders));
    }

    @Test
    void verdictNamesEachOffenderWithItsLineCount() {
        Map<String, Integer> offenders = new TreeMap<>(Map.of("a/Big.java", 301, "a/Bigger.java", 320));
        assertEquals("a/Big.java: 301 lines, over the class limit of 300\n"
                + "a/Bigger.java: 320 lines, over the class limit of 300", verdict("class", 300, offenders));
    }

    /** One line per offender, or the empty string when there is none. */
    static String verdict(String what, int limit, Map<String, Integer> offenders) {
        return offenders.entrySet().stream()
                .map(e -> e.getKey() + ": " + e.getValue() + " lines, over the " + what + " limit of " + limit)
                .collect(Collectors.joining("\n"));
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
