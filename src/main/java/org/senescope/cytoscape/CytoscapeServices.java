package org.senescope.cytoscape;

import java.util.Objects;

import org.cytoscape.application.CyApplicationManager;
import org.cytoscape.event.CyEventHelper;
import org.cytoscape.model.CyNetworkFactory;
import org.cytoscape.model.CyNetworkManager;
import org.cytoscape.model.CyTableFactory;
import org.cytoscape.model.CyTableManager;
import org.cytoscape.model.subnetwork.CyRootNetworkManager;
import org.cytoscape.session.CyNetworkNaming;
import org.cytoscape.view.model.CyNetworkViewFactory;
import org.cytoscape.view.model.CyNetworkViewManager;

/**
 * The Cytoscape services Senescope's tasks use, looked up once by {@link CyActivator}. Nulls are not accepted; the
 * services themselves are Cytoscape's, safe to call from a task.
 */
record CytoscapeServices(
        CyNetworkFactory networkFactory,
        CyNetworkManager networks,
        CyRootNetworkManager roots,
        CyNetworkNaming naming,
        CyNetworkViewFactory viewFactory,
        CyNetworkViewManager views,
        CyEventHelper events,
        CyApplicationManager application,
        CyTableFactory tableFactory,
        CyTableManager tables,
        SenescopeVisualStyle style) {

    /** Resolves a command's {@code network} argument. */
    NetworkChoice networkChoice() {
        return new NetworkChoice(application, networks);
    }

    CytoscapeServices {
        Objects.requireNonNull(networkFactory, "networkFactory");
        Objects.requireNonNull(networks, "networks");
        Objects.requireNonNull(roots, "roots");
        Objects.requireNonNull(naming, "naming");
        Objects.requireNonNull(viewFactory, "viewFactory");
        Objects.requireNonNull(views, "views");
        Objects.requireNonNull(events, "events");
        Objects.requireNonNull(application, "application");
        Objects.requireNonNull(tableFactory, "tableFactory");
        Objects.requireNonNull(tables, "tables");
        Objects.requireNonNull(style, "style");
    }
}
