package org.senescope.cytoscape;

import java.util.Optional;
import java.util.Properties;
import java.util.function.Function;

import org.cytoscape.application.CyApplicationManager;
import org.cytoscape.command.CommandExecutorTaskFactory;
import org.cytoscape.event.CyEventHelper;
import org.cytoscape.model.CyNetworkFactory;
import org.cytoscape.model.CyNetworkManager;
import org.cytoscape.model.CyTableFactory;
import org.cytoscape.model.CyTableManager;
import org.cytoscape.model.subnetwork.CyRootNetworkManager;
import org.cytoscape.service.util.AbstractCyActivator;
import org.cytoscape.session.CyNetworkNaming;
import org.cytoscape.view.model.CyNetworkViewFactory;
import org.cytoscape.view.model.CyNetworkViewManager;
import org.cytoscape.view.model.VisualLexicon;
import org.cytoscape.view.presentation.RenderingEngineManager;
import org.cytoscape.view.vizmap.VisualMappingFunctionFactory;
import org.cytoscape.view.vizmap.VisualMappingManager;
import org.cytoscape.view.vizmap.VisualStyleFactory;
import org.cytoscape.work.TaskFactory;
import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceReference;

/**
 * Senescope's entry point in Cytoscape and the only class that sees the {@link BundleContext}: looks up Cytoscape's
 * services, wires the tasks by constructor and registers Senescope's menu items and commands. Starting does no
 * heavy work; the network is built when a user or a script asks. Called by the OSGi framework on its own thread.
 */
public final class CyActivator extends AbstractCyActivator {

    public CyActivator() {
        super();
    }

    @Override
    public void start(BundleContext context) {
        SenescopeVisualStyle style = new SenescopeVisualStyle(
                getService(context, VisualMappingManager.class),
                getService(context, VisualStyleFactory.class),
                getService(context, VisualMappingFunctionFactory.class, "(mapping.type=discrete)"),
                getService(context, VisualMappingFunctionFactory.class, "(mapping.type=passthrough)"),
                getService(context, VisualMappingFunctionFactory.class, "(mapping.type=continuous)"),
                () -> runningLexicon(context));
        CytoscapeServices services = new CytoscapeServices(
                getService(context, CyNetworkFactory.class),
                getService(context, CyNetworkManager.class),
                getService(context, CyRootNetworkManager.class),
                getService(context, CyNetworkNaming.class),
                getService(context, CyNetworkViewFactory.class),
                getService(context, CyNetworkViewManager.class),
                getService(context, CyEventHelper.class),
                getService(context, CyApplicationManager.class),
                getService(context, CyTableFactory.class),
                getService(context, CyTableManager.class),
                style);
        BundledData bundled = new BundledData();
        SessionOverlays overlays = new SessionOverlays();
        registerService(context, new SenescopeTaskFactory(() -> new BuildNetworkTask(services, bundled)),
                TaskFactory.class, BuildNetworkTask.properties());
        registerService(context, new SenescopeTaskFactory(() -> new ChooseExpressionFileTask(services, bundled, overlays)),
                TaskFactory.class, ChooseExpressionFileTask.properties());
        registerService(context, new SenescopeTaskFactory(() -> new ImportExpressionTask(services, bundled, overlays)),
                TaskFactory.class, ImportExpressionTask.properties());
        registerService(context, new SenescopeTaskFactory(() -> new ExportFigureTask(services, bundled, overlays)),
                TaskFactory.class, ExportFigureTask.properties());
        registerService(context, new SenescopeTaskFactory(() -> new GeneSetAnalysisTask(services, bundled)),
                TaskFactory.class, GeneSetAnalysisTask.properties());
        registerService(context, new SenescopeTaskFactory(() -> new CellTypeOverlayTask(services, bundled)),
                TaskFactory.class, CellTypeOverlayTask.properties());
        registerService(context, new SenescopeTaskFactory(CellScoreTask::new),
                TaskFactory.class, CellScoreTask.properties());
        registerService(context, new SenescopeTaskFactory(() -> new AddEvidenceTask(services)),
                TaskFactory.class, AddEvidenceTask.properties());
        // CyREST publishes it (a service whose class carries @Path) at /senescope/v1/<command>.
        registerService(context, CommandEndpoint.senescope(run -> fromService(context, CommandExecutorTaskFactory.class,
                executor -> Optional.of(run.apply(executor)))), CommandEndpoint.class, new Properties());
    }

    // Looked up at each style installation, not at start: the renderer may register after Senescope, and a Cytoscape
    // without one (headless, or another renderer still starting) is no reason to fail.
    private static Optional<VisualLexicon> runningLexicon(BundleContext context) {
        return fromService(context, RenderingEngineManager.class, renderers -> RunningLexicon.of(renderers).current());
    }

    /**
     * {@code use} applied to the service of {@code type} registered now, held only while {@code use} runs; empty when
     * there is none. AbstractCyActivator's getService cannot be used for an optional service: it throws when the
     * service is missing.
     */
    private static <S, R> Optional<R> fromService(BundleContext context, Class<S> type, Function<S, Optional<R>> use) {
        ServiceReference<S> reference = context.getServiceReference(type);
        if (reference == null) {
            return Optional.empty();
        }
        S service = context.getService(reference);
        try {
            return service == null ? Optional.empty() : use.apply(service);
        } finally {
            context.ungetService(reference);
        }
    }
}
