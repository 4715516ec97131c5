package org.senescope.cytoscape;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.JarFile;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleReference;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;

/**
 * The packaged jar in a real OSGi framework (Felix 7) beside a bundle that exports the stand-in Cytoscape API at
 * 3.10.3, as Cytoscape 3.10's exports it: Senescope resolves against it, activates, and registers every menu item
 * and command with its properties.
 */
class CytoscapeBundleIT {

    @TempDir
    Path tmp;

    @Test
    void theJarNamesTheActivator() throws Exception {
        try (JarFile jar = new JarFile(FelixHarness.senescopeJar().toFile())) {
            assertEquals("org.senescope.cytoscape.CyActivator",
                    jar.getManifest().getMainAttributes().getValue("Bundle-Activator"));
        }
    }

    @Test
    void resolvesActivatesAndRegistersEveryMenuItemAndCommand() throws Exception {
        try (FelixHarness felix = FelixHarness.start(tmp)) {
            Bundle api = felix.installCytoscapeApi();
            assertEquals(Bundle.ACTIVE, api.getState());
            Bundle senescope = felix.installSenescope(FelixHarness.senescopeJar());
            senescope.start();
            assertEquals(Bundle.ACTIVE, senescope.getState());
            assertEquals("org.senescope", senescope.getSymbolicName());

            List<String> wiredToApi = senescope.adapt(BundleWiring.class).getRequiredWires("osgi.wiring.package").stream()
                    .filter(w -> w.getProvider().getBundle().equals(api))
                    .map(w -> (String) w.getCapability().getAttributes().get("osgi.wiring.package"))
                    .sorted().toList();
            assertTrue(wiredToApi.containsAll(List.of("org.cytoscape.model", "org.cytoscape.service.util",
                    "org.cytoscape.work", "org.cytoscape.view.vizmap")), wiredToApi.toString());

            Map<String, String> build = properties(felix.context(), "(&(commandNamespace=senescope)(command=build))");
            assertEquals("Apps.Senescope", build.get("preferredMenu"));
            assertEquals("Build senescence–immunity network", build.get("title"));
            assertEquals("1.0", build.get("menuGravity"));
            assertEquals("always", build.get("enableFor"));
            assertEquals("true", build.get("commandSupportsJSON"));
            assertEquals("Build the senescence–immunity network", build.get("commandDescription"));
            assertTrue(build.get("commandLongDescription").startsWith("Builds the senescence–immunity network from"));
            assertTrue(new ObjectMapper().readTree(build.get("commandExampleJSON")).get("network").isNumber());

            Map<String, String> overlay = properties(felix.context(), "(&(commandNamespace=senescope)(command=overlay))");
            assertNull(overlay.get("title"), "the menu item is the two-step dialog, registered on its own");
            assertEquals("true", overlay.get("commandSupportsJSON"));
            assertTrue(overlay.get("commandLongDescription").contains("networkColumn"));
            Map<String, String> importMenu = properties(felix.context(),
                    "(&(preferredMenu=Apps.Senescope)(title=Import expression data...))");
            assertEquals("network", importMenu.get("enableFor"));
            assertEquals("2.0", importMenu.get("menuGravity"));
            assertNull(importMenu.get("command"), "the dialog is not a command");
            Map<String, String> gsea = properties(felix.context(), "(&(commandNamespace=senescope)(command=gsea))");
            assertEquals("Gene-set analysis (GSEA)...", gsea.get("title"));
            assertEquals("Apps.Senescope", gsea.get("preferredMenu"));
            assertEquals("network", gsea.get("enableFor"));
            assertEquals("4.0", gsea.get("menuGravity"));
            assertEquals("true", gsea.get("commandSupportsJSON"));
            assertTrue(gsea.get("commandLongDescription").contains("Senescope GSEA"));
            assertTrue(new ObjectMapper().readTree(gsea.get("commandExampleJSON")).get("skipped").isArray());
            assertTrue(new ObjectMapper().readTree(overlay.get("commandExampleJSON")).get("rowsByOutcome").isObject());
            Map<String, String> figure = properties(felix.context(),
                    "(&(commandNamespace=senescope)(command=export figure))");
            assertEquals("Export figure...", figure.get("title"));
            assertEquals("networkAndView", figure.get("enableFor"));
            assertTrue(new ObjectMapper().readTree(figure.get("commandExampleJSON")).get("files").isArray());

            ServiceReference<?>[] all = felix.context().getAllServiceReferences("org.cytoscape.work.TaskFactory",
                    "(preferredMenu=Apps.Senescope)");
            Map<String, String> evidence = properties(felix.context(),
                    "(&(preferredMenu=Apps.Senescope)(title=Add evidence from documents...))");
            assertEquals("7.0", evidence.get("menuGravity"));
            assertEquals("network", evidence.get("enableFor"));
            assertEquals("add-evidence", evidence.get("command"), "a menu item and a command");
            assertEquals("true", evidence.get("commandSupportsJSON"));
            assertTrue(new ObjectMapper().readTree(evidence.get("commandExampleJSON")).get("alreadyPresent")
                    .isNumber());
            assertEquals(List.of("Add evidence from documents...", "Build senescence–immunity network",
                    "Export figure...", "Gene-set analysis (GSEA)...",
                    "Import expression data...", "Single-cell cell types...", "Single-cell module scores..."),
                    Arrays.stream(all).map(r -> (String) r.getProperty("title")).sorted()
                    .toList());
            for (ServiceReference<?> item : all) {
                // Cytoscape reads inMenuBar only to switch the menu bar on; the items belong in it, so none sets it.
                assertNull(item.getProperty("inMenuBar"), String.valueOf(item.getProperty("title")));
            }
            assertNull(felix.context().getServiceReference("org.cytoscape.view.presentation.RenderingEngineManager"),
                    "activated without a renderer: the lexicon is looked up when a style is installed");
            ServiceReference<?>[] commands = felix.context().getAllServiceReferences("org.cytoscape.work.TaskFactory",
                    "(commandNamespace=senescope)");
            assertEquals(List.of("add-evidence", "build", "export figure", "gsea", "overlay", "sc-overlay", "sc-score"),
                    Arrays.stream(commands)
                    .map(r -> (String) r.getProperty("command")).sorted().toList());

            // CyREST publishes services whose class carries javax.ws.rs.Path (the app bundle's own view of it).
            // getAllServiceReferences: this test's class space has its own CommandEndpoint class, not the bundle's.
            ServiceReference<?>[] endpoints = felix.context().getAllServiceReferences(CommandEndpoint.class.getName(),
                    null);
            assertNotNull(endpoints, "the strict CyREST endpoint is registered");
            assertEquals(1, endpoints.length);
            ServiceReference<?> endpoint = endpoints[0];
            Object resource = felix.context().getService(endpoint);
            Annotation path = Arrays.stream(resource.getClass().getAnnotations())
                    .filter(a -> a.annotationType().getName().equals("javax.ws.rs.Path")).findFirst().orElseThrow();
            assertEquals("/senescope/v1", path.annotationType().getMethod("value").invoke(path));
            Bundle jaxRs = path.annotationType().getClassLoader() instanceof BundleReference b ? b.getBundle() : null;
            assertNotNull(jaxRs);
            assertEquals("javax.ws.rs-api", jaxRs.getSymbolicName());
            assertEquals("2.1.0", jaxRs.getVersion().toString());
            felix.context().ungetService(endpoint);

            senescope.stop();
            assertNull(felix.context().getAllServiceReferences(CommandEndpoint.class.getName(), null));
            assertNull(felix.context().getAllServiceReferences("org.cytoscape.work.TaskFactory",
                    "(commandNamespace=senescope)"), "stopping unregisters every service");
        }
    }

    private static Map<String, String> properties(BundleContext context, String filter) throws Exception {
        ServiceReference<?>[] refs = context.getAllServiceReferences("org.cytoscape.work.TaskFactory", filter);
        assertNotNull(refs, "a TaskFactory registered with " + filter);
        assertEquals(1, refs.length, filter);
        Map<String, String> properties = new TreeMap<>();
        for (String key : refs[0].getPropertyKeys()) {
            properties.put(key, String.valueOf(refs[0].getProperty(key)));
        }
        return properties;
    }
}
