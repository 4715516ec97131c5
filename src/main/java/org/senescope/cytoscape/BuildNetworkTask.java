package org.senescope.cytoscape;

import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

import org.cytoscape.model.CyNetwork;
import org.cytoscape.model.CyNode;
import org.cytoscape.view.model.CyNetworkView;
import org.cytoscape.view.model.View;
import org.cytoscape.view.presentation.property.BasicVisualLexicon;
import org.cytoscape.view.vizmap.VisualStyle;
import org.cytoscape.work.AbstractTask;
import org.cytoscape.work.ObservableTask;
import org.cytoscape.work.TaskMonitor;
import org.cytoscape.work.Tunable;
import org.cytoscape.work.json.JSONResult;
import org.jspecify.annotations.Nullable;
import org.senescope.model.Network;
import org.senescope.model.Position;
import org.senescope.workflow.NetworkJob;
import org.senescope.workflow.VisualStyles;
import org.senescope.workflow.NetworkRequest;
import org.senescope.workflow.NetworkResult;

/**
 * Builds the senescence–immunity network with the command line's {@link NetworkJob} (the bundled curation, no files)
 * and puts it into Cytoscape: a network with the job's columns, a view at the curated layout's positions and the
 * Senescope style. Cancelled before the network is registered, it leaves Cytoscape as it was. A curation that does
 * not check is the job's {@link org.senescope.failure.BadDataException}, listing every problem. Runs on Cytoscape's
 * task thread; its result ({@link #getResults}) is available once {@link #run} has returned.
 */
public final class BuildNetworkTask extends AbstractTask implements ObservableTask {

    static final String TITLE = "Build senescence–immunity network";

    static final String COMMAND = "build";

    static final String EXAMPLE_JSON = """
            {"network": 5326, "view": 5400, "title": "Senescence–immunity network", "nodes": 58, "edges": 120, \
            "claims": 146, "claimsByEvidenceType": {"finding": 33}, "style": "Senescope"}""";

    @Tunable(description = "Network name",
            longDescription = "The title of the new network; Cytoscape adds a number when the title is taken.",
            exampleStringValue = NetworkJob.BUNDLED_NAME)
    public String title = NetworkJob.BUNDLED_NAME;

    @Tunable(description = "Create a view with the curated layout and the Senescope style",
            longDescription = "When false, only the network and its tables are made (faster for large scripted runs).",
            exampleStringValue = "true")
    public boolean createView = true;

    private final CytoscapeServices services;
    private final NetworkSource source;
    private volatile @Nullable BuiltNetwork result;

    BuildNetworkTask(CytoscapeServices services, NetworkSource source) {
        this.services = services;
        this.source = source;
    }

    @Override
    public void run(TaskMonitor monitor) throws IOException {
        monitor.setTitle(TITLE);
        monitor.setStatusMessage("Reading the seeds and the curation, checking every quote");
        NetworkResult built = new NetworkJob(source::build).run(request());
        Network network = built.network();
        if (cancelled) {
            return;
        }
        monitor.setStatusMessage("Making " + network.nodes().size() + " nodes and " + network.edges().size() + " edges");
        CyNetwork cyNetwork = services.networkFactory().createNetwork();
        NetworkContent.Elements elements;
        try {
            elements = NetworkContent.write(network, built.tables(), cyNetwork, () -> cancelled,
                    p -> monitor.setProgress(0.8 * p));
        } catch (CancellationException e) {
            cyNetwork.dispose();
            return;
        }
        String name = services.naming().getSuggestedNetworkTitle(title.isBlank() ? NetworkJob.BUNDLED_NAME : title);
        cyNetwork.getRow(cyNetwork).set(CyNetwork.NAME, name);
        if (cancelled) {
            cyNetwork.dispose();
            return;
        }
        boolean styleExisted = services.style().existing(VisualStyles.NETWORK_STYLE_NAME).isPresent();
        services.networks().addNetwork(cyNetwork);
        Optional<CyNetworkView> view = Optional.empty();
        Optional<String> style = Optional.empty();
        if (createView) {
            monitor.setStatusMessage("Laying out and styling the view");
            try {
                CyNetworkView made = showView(cyNetwork, network, elements,
                        note -> monitor.showMessage(TaskMonitor.Level.WARN, note));
                view = Optional.of(made);
                style = Optional.of(services.style().styles().getVisualStyle(made).getTitle());
            } catch (RuntimeException e) {
                undo(cyNetwork, styleExisted);
                throw e;
            }
        }
        monitor.setProgress(1.0);
        BuiltNetwork made = new BuiltNetwork(cyNetwork.getSUID(), view.map(CyNetworkView::getSUID), name,
                network.nodes().size(), network.edges().size(), network.claims().size(),
                BuiltNetwork.countsByLabel(built.claimsByEvidenceType()), style);
        result = made;
        built.warnings().forEach(w -> monitor.showMessage(TaskMonitor.Level.WARN, w));
        built.notes().forEach(n -> monitor.showMessage(TaskMonitor.Level.INFO, n));
        monitor.showMessage(TaskMonitor.Level.INFO, made.summary());
    }

    /**
     * Takes back what a failed view or style step left: the network (Cytoscape destroys its views with it) and the
     * Senescope style when this run made it.
     */
    private void undo(CyNetwork cyNetwork, boolean styleExisted) {
        services.networks().destroyNetwork(cyNetwork);
        if (!styleExisted) {
            services.style().existing(VisualStyles.NETWORK_STYLE_NAME)
                    .ifPresent(made -> services.style().styles().removeVisualStyle(made));
        }
    }

    /** The Tunables as the job's request: the bundled network, no files. */
    static NetworkRequest request() {
        return NetworkRequest.bundled();
    }

    private CyNetworkView showView(CyNetwork cyNetwork, Network network, NetworkContent.Elements elements,
            Consumer<String> styleNotes) {
        services.events().flushPayloadEvents();
        CyNetworkView view = services.viewFactory().createNetworkView(cyNetwork);
        services.views().addNetworkView(view);
        VisualStyle style = services.style().install(styleNotes);
        services.style().styles().setVisualStyle(style, view);
        style.apply(view);
        elements.nodes().forEach((id, node) -> place(view.getNodeView(node), network.position(id)));
        view.fitContent();
        view.updateView();
        return view;
    }

    private static void place(View<CyNode> nodeView, Position position) {
        nodeView.setVisualProperty(BasicVisualLexicon.NODE_X_LOCATION, position.x());
        nodeView.setVisualProperty(BasicVisualLexicon.NODE_Y_LOCATION, position.y());
    }

    /** What the network made is, for the task's observer; empty before a successful run. */
    Optional<BuiltNetwork> built() {
        return Optional.ofNullable(result);
    }

    @Override
    public List<Class<?>> getResultClasses() {
        return TaskResults.TYPES;
    }

    /**
     * The result as a {@code String} summary or a {@link JSONResult}; {@code null} (Cytoscape's convention) for any
     * other type, or when the task was cancelled or has not run.
     */
    @Override
    public <R> @Nullable R getResults(Class<? extends R> type) {
        BuiltNetwork built = result;
        return built == null ? null : TaskResults.as(type, built::summary, built::json);
    }

    /** The service properties that make the task's factory a menu item and a command. */
    static Properties properties() {
        Properties p = TaskProperties.menu(BuildNetworkTask.TITLE, 1.0, "always",
                "Builds the network from the five seed documents, every edge with its verbatim evidence");
        p.putAll(TaskProperties.command(COMMAND, "Build the senescence–immunity network",
                "Builds the senescence–immunity network from the seed documents and the curation bundled in "
                        + "Senescope (the same build as the command line's senescope network), checking every quote "
                        + "against its seed. Makes a network with node, edge and network columns in the senescope "
                        + "namespace (kind, gene symbols and identifiers, modules, relation, sign, evidence types, "
                        + "seed files, verbatim evidence quotes, species) and, unless createView is false, a view at "
                        + "the curated positions with the Senescope style. Returns the network's SUID and counts.",
                EXAMPLE_JSON));
        return p;
    }
}
