package org.senescope.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The README's first command from the packaged jar, as a user runs it: a separate headless JVM, resources (the figure
 * font inside PDFBox, Cytoscape.js from the webjar, the library versions) read from the jar itself.
 */
class DemoJarIT {

    @TempDir
    Path tmp;

    @Test
    void javaDashJarDemoWritesTheFolderWithCytoscapeJsInlined() throws Exception {
        Path jar = Path.of(System.getProperty("senescope.jar", "target/senescope-0.1.0.jar")).toAbsolutePath();
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process p = new ProcessBuilder(java.toString(), "-Djava.awt.headless=true", "-jar", jar.toString(), "demo")
                .directory(tmp.toFile()).redirectErrorStream(true).start();
        String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(120, TimeUnit.SECONDS), "the demo finishes");
        assertEquals(0, p.exitValue(), output);
        Path folder = tmp.resolve("senescope-demo");
        String base = "senescence-immunity_SIMULATED-p53-restoration";
        String page = Files.readString(folder.resolve(base + ".html"));
        assertTrue(page.contains("Uh.version=\"3.33.1\""), "Cytoscape.js 3.33.1 is inlined from the jar");
        String recipe = Files.readString(folder.resolve(base + ".recipe.json"));
        assertTrue(recipe.contains("\"jfreesvg\" : \"5.0.7\""), "library versions come from the jar: " + recipe);
        assertTrue(Files.size(folder.resolve(base + ".pdf")) > 10_000);
        assertTrue(output.contains(base + ".png"), output);
    }
}
