package org.senescope.cytoscape;

import java.io.File;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;

import aQute.bnd.osgi.Builder;
import aQute.bnd.osgi.Jar;
import org.apache.felix.framework.FrameworkFactory;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.launch.Framework;

/**
 * A real OSGi framework (Apache Felix) in this process, standing in for Cytoscape's: a bundle that exports the
 * compile-only stand-in of the Cytoscape API at version {@value #API_VERSION}, the services Senescope's activator looks
 * up (registered as inert proxies of the stand-in bundle's own interfaces, so that class spaces agree), and the
 * packaged Senescope jar. Used by the integration test and by the activation benchmark. Not thread-safe.
 */
public final class FelixHarness implements AutoCloseable {

    /** The version Cytoscape 3.10.3 exports its API packages at. */
    public static final String API_VERSION = "3.10.3";

    /** The services {@link CyActivator} looks up, each with the filter properties Cytoscape registers it with. */
    static final List<Map.Entry<String, Map<String, String>>> CYTOSCAPE_SERVICES = List.of(
            Map.entry("org.cytoscape.model.CyNetworkFactory", Map.of()),
            Map.entry("org.cytoscape.model.CyNetworkManager", Map.of()),
            Map.entry("org.cytoscape.model.subnetwork.CyRootNetworkManager", Map.of()),
            Map.entry("org.cytoscape.model.CyTableFactory", Map.of()),
            Map.entry("org.cytoscape.model.CyTableManager", Map.of()),
            Map.entry("org.cytoscape.session.CyNetworkNaming", Map.of()),
            Map.entry("org.cytoscape.view.model.CyNetworkViewFactory", Map.of()),
            Map.entry("org.cytoscape.view.model.CyNetworkViewManager", Map.of()),
            Map.entry("org.cytoscape.event.CyEventHelper", Map.of()),
            Map.entry("org.cytoscape.application.CyApplicationManager", Map.of()),
            Map.entry("org.cytoscape.view.vizmap.VisualMappingManager", Map.of()),
            Map.entry("org.cytoscape.view.vizmap.VisualStyleFactory", Map.of()),
            Map.entry("org.cytoscape.view.vizmap.VisualMappingFunctionFactory", Map.of("mapping.type", "discrete")),
            Map.entry("org.cytoscape.view.vizmap.VisualMappingFunctionFactory", Map.of("mapping.type", "continuous")),
            Map.entry("org.cytoscape.view.vizmap.VisualMappingFunctionFactory", Map.of("mapping.type", "passthrough")));

    private final Framework framework;
    private final Path work;

    private FelixHarness(Framework framework, Path work) {
        this.framework = framework;
        this.work = work;
    }

    /** Starts an empty framework whose storage is a new folder under {@code work}. */
    public static FelixHarness start(Path work) throws Exception {
        Path storage = Files.createTempDirectory(work, "felix");
        // The JAX-RS API bundle imports JAXB's annotation packages, which Cytoscape's Karaf provides and Java 17 lacks;
        // declared here so that it resolves. Nothing loads them: the JAX-RS types Senescope uses do not touch JAXB.
        Map<String, String> config = Map.of(
                Constants.FRAMEWORK_STORAGE, storage.toString(),
                Constants.FRAMEWORK_STORAGE_CLEAN, Constants.FRAMEWORK_STORAGE_CLEAN_ONFIRSTINIT,
                Constants.FRAMEWORK_SYSTEMPACKAGES_EXTRA,
                "javax.xml.bind.annotation;version=2.3.0,javax.xml.bind.annotation.adapters;version=2.3.0");
        Framework framework = new FrameworkFactory().newFramework(config);
        framework.init();
        framework.start();
        return new FelixHarness(framework, work);
    }

    public BundleContext context() {
        return framework.getBundleContext();
    }

    /**
     * Installs and starts the JAX-RS API bundle ({@link #installJaxRsApi}), then builds (with bnd) and installs a
     * bundle of the stand-in API classes that exports {@code org.cytoscape.*} at {@value #API_VERSION}, starts it and
     * registers Cytoscape's services from it.
     */
    public Bundle installCytoscapeApi() throws Exception {
        installJaxRsApi().start();
        Path jar = standInBundle(work.resolve("cytoscape-api-stand-in.jar"));
        Bundle api = context().installBundle(jar.toUri().toString());
        api.start();
        registerCytoscapeServices(api);
        return api;
    }

    /**
     * Installs the JAX-RS API bundle Cytoscape 3.10.3 installs for CyREST and the apps' endpoints
     * (javax.ws.rs:javax.ws.rs-api:2.1, exporting javax.ws.rs.* at 2.1.0): the very jar the build compiles against.
     */
    public Bundle installJaxRsApi() throws Exception {
        Path jar = Path.of(javax.ws.rs.Path.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        return context().installBundle(jar.toUri().toString());
    }

    /** Installs the Senescope bundle, not yet started. */
    public Bundle installSenescope(Path jar) throws Exception {
        return context().installBundle(jar.toUri().toString());
    }

    /**
     * Installs the Senescope bundle and returns what starts it and answers its OSGi state, for callers outside the
     * adapter's package, which may not see OSGi types.
     */
    public java.util.concurrent.Callable<Integer> senescopeStarter(Path jar) throws Exception {
        Bundle senescope = installSenescope(jar);
        return () -> {
            senescope.start();
            return senescope.getState();
        };
    }

    /** The packaged jar the build passes as system property {@code senescope.jar}. */
    public static Path senescopeJar() {
        return Path.of(System.getProperty("senescope.jar", "target/senescope-0.1.0.jar"));
    }

    static Path standInBundle(Path out) throws Exception {
        try (Builder builder = new Builder()) {
            builder.setProperty(Constants.BUNDLE_SYMBOLICNAME, "org.cytoscape.api-stand-in");
            builder.setProperty(Constants.BUNDLE_VERSION, API_VERSION);
            builder.setProperty(Constants.EXPORT_PACKAGE, "org.cytoscape.*;version=" + API_VERSION);
            builder.setProperty("-noimportjava", "true");
            builder.setProperty("-nouses", "true");
            builder.addClasspath(standInClasses());
            Jar jar = builder.build();
            if (!builder.getErrors().isEmpty()) {
                throw new IllegalStateException("bnd could not build the stand-in bundle: " + builder.getErrors());
            }
            jar.write(out.toFile());
        }
        return out;
    }

    /**
     * The class folder the stand-in API was compiled into: the build's own, beside the packaged jar (failsafe puts the
     * jar, not that folder, on the test class path).
     */
    private static File standInClasses() {
        Path classes = senescopeJar().toAbsolutePath().getParent().resolve("classes");
        if (!Files.isRegularFile(classes.resolve("org/cytoscape/work/TaskFactory.class"))) {
            throw new IllegalStateException("no compiled stand-in of the Cytoscape API in " + classes);
        }
        return classes.toFile();
    }

    private static void registerCytoscapeServices(Bundle api) throws ClassNotFoundException {
        List<Object> keep = new ArrayList<>();
        for (Map.Entry<String, Map<String, String>> service : CYTOSCAPE_SERVICES) {
            Class<?> type = api.loadClass(service.getKey());
            Object proxy = Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, method, args) -> {
                if (method.getDeclaringClass() == Object.class) {
                    return switch (method.getName()) {
                        case "hashCode" -> System.identityHashCode(p);
                        case "equals" -> p == args[0];
                        default -> "stand-in " + type.getSimpleName();
                    };
                }
                throw new UnsupportedOperationException("the stand-in " + type.getSimpleName() + " does nothing");
            });
            Dictionary<String, Object> properties = new Hashtable<>(service.getValue());
            api.getBundleContext().registerService(service.getKey(), proxy, properties);
            keep.add(proxy);
        }
    }

    /** Stops the framework and waits up to ten seconds for it; an interrupt ends the wait and stays set. */
    @Override
    public void close() throws BundleException {
        framework.stop();
        try {
            framework.waitForStop(10_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
