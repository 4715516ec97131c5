package org.senescope.architecture;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Every package of {@code src/main/java} has a {@code package-info.java} whose javadoc says what the package is for
 * and what it may use.
 */
class PackageInfoTest {

    private static final Pattern PACKAGE_LINE = Pattern.compile("(?m)^package\\s");

    @Test
    void everyPackageHasADescribedPackageInfo() throws IOException {
        List<String> missing = packages().stream()
                .filter(dir -> !Files.exists(dir.resolve("package-info.java")))
                .map(PackageInfoTest::name).toList();
        assertEquals(List.of(), missing, "packages without a package-info.java");
    }

    @Test
    void everyPackageInfoHasJavadoc() throws IOException {
        List<String> undescribed = packages().stream().map(dir -> dir.resolve("package-info.java"))
                .filter(Files::exists).filter(file -> !describes(file))
                .map(file -> name(file.getParent())).toList();
        assertEquals(List.of(), undescribed, "package-info.java without a javadoc comment before the package line");
    }

    /** The directories under src/main/java that hold Java sources. */
    private static List<Path> packages() throws IOException {
        try (Stream<Path> dirs = Files.walk(SourceSizeTest.MAIN)) {
            return dirs.filter(Files::isDirectory).filter(PackageInfoTest::holdsJava).sorted().toList();
        }
    }

    private static boolean holdsJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static boolean describes(Path packageInfo) {
        try {
            String text = Files.readString(packageInfo);
            Matcher declaration = PACKAGE_LINE.matcher(text);
            int doc = text.indexOf("/**");
            int end = text.indexOf("*/", Math.max(doc, 0));
            return declaration.find() && doc >= 0 && end >= 0 && end < declaration.start()
                    && text.substring(doc + 3, end).replace('*', ' ').strip().length() >= 20;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String name(Path dir) {
        return SourceSizeTest.MAIN.relativize(dir).toString().replace('\\', '/');
    }
}
