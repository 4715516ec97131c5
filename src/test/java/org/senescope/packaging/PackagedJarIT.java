package org.senescope.packaging;

import com.tngtech.archunit.core.domain.Dependency;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The packaged jar: an OSGi bundle fit for Cytoscape 3.10+ that also runs with {@code java -jar}. */
class PackagedJarIT {

    /**
     * Packages Cytoscape 3.10's Karaf/Felix framework exports: the JDK's javax/DOM/SAX, Cytoscape's API, OSGi, and
     * JAX-RS (the javax.ws.rs-api 2.1 bundle Cytoscape 3.10.3 installs for CyREST).
     */
    private static final List<String> RESOLVABLE_IN_CYTOSCAPE = List.of("javax.xml.", "javax.swing", "javax.imageio", "javax.crypto",
            "javax.ws.rs", "org.w3c.dom", "org.xml.sax", "org.cytoscape.", "org.osgi.");

    private static Path jar;
    private static Attributes manifest;
    private static List<String> entries;

    @TempDir
    Path tmp;

    @BeforeAll
    static void open() throws IOException {
        jar = Path.of(System.getProperty("senescope.jar", "target/senescope-0.1.0.jar"));
        try (JarFile f = new JarFile(jar.toFile())) {
            manifest = f.getManifest().getMainAttributes();
            entries = f.stream().map(ZipEntry::getName).toList();
        }
    }

    @Test
    void isABundleThatJavaCanRun() {
        assertEquals("org.senescope", manifest.getValue("Bundle-SymbolicName"));
        assertEquals("2", manifest.getValue("Bundle-ManifestVersion"));
        assertEquals("org.senescope.cli.SenescopeCommand", manifest.getValue("Main-Class"));
        String exports = manifest.getValue("Export-Package");
        assertTrue(exports == null || exports.isBlank(), "exports nothing: " + exports);
    }

    @Test
    void importsNothingOptionallyAndCytoscapeOnlyAt310() {
        String imports = manifest.getValue("Import-Package");
        String all = String.join("\n", manifestText());
        assertFalse(all.contains("resolution:=optional"), all);
        assertFalse(all.contains("_failok"), all);
        for (String clause : clauses(imports == null ? "" : imports)) {
            assertFalse(clause.startsWith("java."), "java.* is never imported: " + clause);
            if (clause.startsWith("org.cytoscape.")) {
                assertTrue(clause.contains("version=\"[3.10,4)\""), clause);
            }
            if (clause.startsWith("javax.ws.rs")) {
                assertTrue(clause.contains("version=\"[2.1,3)\""), clause);
            }
            String pkg = clause.split(";")[0];
            assertTrue(RESOLVABLE_IN_CYTOSCAPE.stream().anyMatch(pkg::startsWith),
                    pkg + " is not exported by Cytoscape's framework; embed it or drop the reference");
        }
    }

    @Test
    void holdsNoCytoscapeOrOsgiClasses() {
        assertEquals(List.of(), entries.stream()
                .filter(e -> e.startsWith("org/cytoscape/") || e.startsWith("org/osgi/")).toList());
    }

    @Test
    void carriesTheSeedsTheCurationAndTheGeneTable() {
        assertTrue(entries.contains("org/senescope/seeds/003_662adfca3ea2fe09.txt"));
        assertTrue(entries.contains("org/senescope/curation/claims.tsv"));
        assertTrue(entries.contains("org/senescope/genes/human-genes-2022-09-12.tsv.gz"));
    }

    /**
     * Hipparchus is inlined class by class (see pom.xml), so a class the bundle links to but lacks would
     * only show as a NoClassDefFoundError at run time; the manifest cannot catch it because the package is present.
     */
    @Test
    void linksOnlyToClassesItCarries() throws IOException {
        List<String> partlyInlined = List.of("org.hipparchus.");
        JavaClasses classes;
        try (JarFile f = new JarFile(jar.toFile())) {
            classes = new ClassFileImporter().importJar(f);
        }
        // Walk from Senescope's own classes; extra inlined classes nothing reaches may link to absent ones.
        Set<String> missing = new TreeSet<>();
        Set<String> seen = new HashSet<>();
        ArrayDeque<JavaClass> queue = new ArrayDeque<>();
        classes.stream().filter(c -> c.getName().startsWith("org.senescope.")).forEach(queue::add);
        while (!queue.isEmpty()) {
            JavaClass c = queue.poll();
            for (Dependency d : c.getDirectDependenciesFromSelf()) {
                String target = d.getTargetClass().getBaseComponentType().getName();
                if (partlyInlined.stream().noneMatch(target::startsWith) || !seen.add(target)) {
                    continue;
                }
                if (classes.contain(target)) {
                    queue.add(classes.get(target));
                } else {
                    missing.add(target + " (from " + c.getName() + ")");
                }
            }
        }
        assertEquals(Set.of(), missing, "classes linked to but not in the jar: add them to hipparchus.inline in "
                + "pom.xml");
    }

    @Test
    void isSmallEnoughForTheAppStore() throws IOException {
        assertTrue(Files.size(jar) < 10L << 20, "jar is " + Files.size(jar) + " bytes");
    }

    @Test
    void runsWithJavaJar() throws Exception {
        Result version = java("--version");
        assertEquals(0, version.code(), version.err());
        assertEquals("senescope 0.1.0", version.out().strip());
        Path out = tmp.resolve("net");
        Result network = java("network", "--out", out.toString(), "--format", "cx2,graphml");
        assertEquals(0, network.code(), network.err());
        assertEquals("", network.err(), "nothing on stderr");
        assertTrue(Files.size(out.resolve("senescence-immunity.cx2")) > 10_000);
        assertTrue(Files.exists(out.resolve("senescence-immunity.graphml")));
    }

    private record Result(int code, String out, String err) {
    }

    private Result java(String... args) throws Exception {
        List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-jar", jar.toString()));
        command.addAll(List.of(args));
        Path out = tmp.resolve("stdout");
        Path err = tmp.resolve("stderr");
        Process p = new ProcessBuilder(command).redirectOutput(out.toFile()).redirectError(err.toFile()).start();
        assertTrue(p.waitFor(60, TimeUnit.SECONDS), "java -jar finished");
        return new Result(p.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static List<String> manifestText() {
        return manifest.entrySet().stream().map(e -> e.getKey() + ": " + e.getValue()).toList();
    }

    /** Splits an OSGi header on the commas between clauses, not those inside quoted version ranges. */
    static List<String> clauses(String header) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                out.add(current.toString().strip());
                current.setLength(0);
            } else {
                current.append(c);
            }
        }
        if (!current.isEmpty()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
